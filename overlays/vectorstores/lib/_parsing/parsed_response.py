"""``ParsedResponse`` and its parts: a ``Response`` whose output texts carry ``parsed`` (the text
read as the caller's ``text_format``) and whose function calls carry ``parsed_arguments``.

They subclass the generated models, so everything a ``Response`` offers still holds. ``parsed``
and ``parsed_arguments`` are attributes beside the API's fields, not fields: ``to_dict()`` (and
so an output item sent back as input) stays what the API answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeAlias, Union

from attrs import define, field
from typing_extensions import TypeVar
from vectorstores_raw.models.response import Response
from vectorstores_raw.models.response_function_tool_call import ResponseFunctionToolCall
from vectorstores_raw.models.response_output_message import ResponseOutputMessage
from vectorstores_raw.models.response_output_refusal import ResponseOutputRefusal
from vectorstores_raw.models.response_output_text import ResponseOutputText

if TYPE_CHECKING:
    # The other kinds of output item, as parse_response passes them on. Kept in step with the
    # generated ResponseOutputItem by tests/overlays/lib/_parsing/test_parsed_response.py.
    from vectorstores_raw.models.additional_tools import AdditionalTools
    from vectorstores_raw.models.image_generation_call import ImageGenerationCall
    from vectorstores_raw.models.local_shell_call import LocalShellCall
    from vectorstores_raw.models.local_shell_call_output import LocalShellCallOutput
    from vectorstores_raw.models.mcp_approval_request import MCPApprovalRequest
    from vectorstores_raw.models.mcp_approval_response_resource import MCPApprovalResponseResource
    from vectorstores_raw.models.mcp_list_tools import MCPListTools
    from vectorstores_raw.models.mcp_tool_call import MCPToolCall
    from vectorstores_raw.models.program import Program
    from vectorstores_raw.models.program_output import ProgramOutput
    from vectorstores_raw.models.response_apply_patch_tool_call import ResponseApplyPatchToolCall
    from vectorstores_raw.models.response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
    from vectorstores_raw.models.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
    from vectorstores_raw.models.response_compaction_item import ResponseCompactionItem
    from vectorstores_raw.models.response_computer_tool_call import ResponseComputerToolCall
    from vectorstores_raw.models.response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
    from vectorstores_raw.models.response_custom_tool_call import ResponseCustomToolCall
    from vectorstores_raw.models.response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
    from vectorstores_raw.models.response_file_search_tool_call import ResponseFileSearchToolCall
    from vectorstores_raw.models.response_function_shell_tool_call import ResponseFunctionShellToolCall
    from vectorstores_raw.models.response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput
    from vectorstores_raw.models.response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem
    from vectorstores_raw.models.response_function_web_search import ResponseFunctionWebSearch
    from vectorstores_raw.models.response_reasoning_item import ResponseReasoningItem
    from vectorstores_raw.models.response_tool_search_call import ResponseToolSearchCall
    from vectorstores_raw.models.response_tool_search_output_item import ResponseToolSearchOutputItem

__all__ = [
    "ParsedContent",
    "ParsedResponse",
    "ParsedResponseFunctionToolCall",
    "ParsedResponseOutputItem",
    "ParsedResponseOutputMessage",
    "ParsedResponseOutputText",
    "TextFormatT",
]

# The type of text_format; None when none was given (nothing is parsed then).
TextFormatT = TypeVar("TextFormatT", default=None)
ContentType = TypeVar("ContentType")


def _repr_with(model: Any, name: str, text: str) -> str:
    """The model's repr with one more attribute shown before the closing parenthesis."""
    return f"{text[:-1]}, {name}={getattr(model, name)!r})"


@define(init=False, repr=False)
class ParsedResponseOutputText(ResponseOutputText, Generic[ContentType]):
    """An ``output_text`` part with ``parsed``: its text read as the ``text_format`` asked for
    (None without one)."""

    parsed: ContentType | None = field(default=None)

    def __repr__(self) -> str:
        return _repr_with(self, "parsed", super().__repr__())


ParsedContent: TypeAlias = Union[ParsedResponseOutputText[ContentType], ResponseOutputRefusal]  # noqa: UP007 - generic alias


@define(init=False, repr=False)
class ParsedResponseOutputMessage(ResponseOutputMessage, Generic[ContentType]):
    """A ``message`` output item whose text parts are ``ParsedResponseOutputText``."""

    if TYPE_CHECKING:  # the parts are parsed ones (a narrower list than the generated field's)
        content: list[ParsedContent[ContentType]]  # type: ignore[assignment]


@define(init=False, repr=False)
class ParsedResponseFunctionToolCall(ResponseFunctionToolCall):
    """A ``function_call`` output item with ``parsed_arguments``: its ``arguments`` decoded when
    the call is to a function tool given with ``strict`` (None otherwise)."""

    parsed_arguments: object = field(default=None)

    def __repr__(self) -> str:
        return _repr_with(self, "parsed_arguments", super().__repr__())


ParsedResponseOutputItem: TypeAlias = Union[  # most members are imported for type checkers only
    ParsedResponseOutputMessage[ContentType],
    ParsedResponseFunctionToolCall,
    "ResponseFileSearchToolCall",
    "ResponseFunctionToolCallOutputItem",
    "ResponseFunctionWebSearch",
    "ResponseComputerToolCall",
    "ResponseComputerToolCallOutputItem",
    "ResponseReasoningItem",
    "Program",
    "ProgramOutput",
    "ResponseToolSearchCall",
    "ResponseToolSearchOutputItem",
    "AdditionalTools",
    "ResponseCompactionItem",
    "ImageGenerationCall",
    "ResponseCodeInterpreterToolCall",
    "LocalShellCall",
    "LocalShellCallOutput",
    "ResponseFunctionShellToolCall",
    "ResponseFunctionShellToolCallOutput",
    "ResponseApplyPatchToolCall",
    "ResponseApplyPatchToolCallOutput",
    "MCPToolCall",
    "MCPListTools",
    "MCPApprovalRequest",
    "MCPApprovalResponseResource",
    "ResponseCustomToolCall",
    "ResponseCustomToolCallOutputItem",
]


@define(init=False, repr=False)
class ParsedResponse(Response, Generic[ContentType]):
    """A ``Response`` read with ``responses.parse``: ``output_parsed`` is the first parsed
    output text."""

    if TYPE_CHECKING:  # parsed output items (a narrower list than the generated field's)
        output: list[ParsedResponseOutputItem[ContentType]]  # type: ignore[assignment]

    @property
    def output_parsed(self) -> ContentType | None:
        """The ``parsed`` of the first output text that has one (None if none has)."""
        for item in self.output or ():
            if isinstance(item, ParsedResponseOutputMessage):
                for part in item.content or ():
                    if isinstance(part, ParsedResponseOutputText) and part.parsed is not None:
                        return part.parsed
        return None
