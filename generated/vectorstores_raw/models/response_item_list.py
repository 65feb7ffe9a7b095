# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseItemList`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_item_list_object import ResponseItemListObject
from ..types import (
    discriminated_parser,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.additional_tools import AdditionalTools
    from ..models.apply_patch_tool_call import ApplyPatchToolCall
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_body import CompactionBody
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
    from ..models.function_tool_call_resource import FunctionToolCallResource
    from ..models.image_generation_call import ImageGenerationCall
    from ..models.input_message_resource import InputMessageResource
    from ..models.local_shell_call import LocalShellCall
    from ..models.local_shell_call_output import LocalShellCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.response_custom_tool_call_item import ResponseCustomToolCallItem
    from ..models.response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
    from ..models.response_file_search_tool_call import ResponseFileSearchToolCall
    from ..models.response_output_message import ResponseOutputMessage
    from ..models.response_reasoning_item import ResponseReasoningItem
    from ..models.shell_call_output import ShellCallOutput
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall

T = TypeVar("T", bound="ResponseItemList")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("data", "data"),
    ("first_id", "first_id"),
    ("has_more", "has_more"),
    ("last_id", "last_id"),
    ("object", "object"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"data", "first_id", "has_more", "last_id", "object"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.additional_tools import AdditionalTools  # noqa: PLC0415
    from ..models.apply_patch_tool_call import ApplyPatchToolCall  # noqa: PLC0415
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput  # noqa: PLC0415
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: PLC0415
    from ..models.compaction_body import CompactionBody  # noqa: PLC0415
    from ..models.computer_tool_call import ComputerToolCall  # noqa: PLC0415
    from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource  # noqa: PLC0415
    from ..models.function_shell_call import FunctionShellCall  # noqa: PLC0415
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource  # noqa: PLC0415
    from ..models.function_tool_call_resource import FunctionToolCallResource  # noqa: PLC0415
    from ..models.image_generation_call import ImageGenerationCall  # noqa: PLC0415
    from ..models.input_message_resource import InputMessageResource  # noqa: PLC0415
    from ..models.local_shell_call import LocalShellCall  # noqa: PLC0415
    from ..models.local_shell_call_output import LocalShellCallOutput  # noqa: PLC0415
    from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: PLC0415
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource  # noqa: PLC0415
    from ..models.mcp_list_tools import MCPListTools  # noqa: PLC0415
    from ..models.mcp_tool_call import MCPToolCall  # noqa: PLC0415
    from ..models.program import Program  # noqa: PLC0415
    from ..models.program_output import ProgramOutput  # noqa: PLC0415
    from ..models.response_custom_tool_call_item import ResponseCustomToolCallItem  # noqa: PLC0415
    from ..models.response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem  # noqa: PLC0415
    from ..models.response_file_search_tool_call import ResponseFileSearchToolCall  # noqa: PLC0415
    from ..models.response_output_message import ResponseOutputMessage  # noqa: PLC0415
    from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
    from ..models.shell_call_output import ShellCallOutput  # noqa: PLC0415
    from ..models.tool_search_call import ToolSearchCall  # noqa: PLC0415
    from ..models.tool_search_output import ToolSearchOutput  # noqa: PLC0415
    from ..models.web_search_tool_call import WebSearchToolCall  # noqa: PLC0415

    return (
        list_parser(
            discriminated_parser(
                "type",
                {
                    "message": (InputMessageResource, ResponseOutputMessage),
                    "file_search_call": ResponseFileSearchToolCall,
                    "computer_call": ComputerToolCall,
                    "computer_call_output": ComputerToolCallOutputResource,
                    "web_search_call": WebSearchToolCall,
                    "function_call": FunctionToolCallResource,
                    "function_call_output": FunctionToolCallOutputResource,
                    "tool_search_call": ToolSearchCall,
                    "tool_search_output": ToolSearchOutput,
                    "additional_tools": AdditionalTools,
                    "reasoning": ResponseReasoningItem,
                    "program": Program,
                    "program_output": ProgramOutput,
                    "compaction": CompactionBody,
                    "image_generation_call": ImageGenerationCall,
                    "code_interpreter_call": CodeInterpreterToolCall,
                    "local_shell_call": LocalShellCall,
                    "local_shell_call_output": LocalShellCallOutput,
                    "shell_call": FunctionShellCall,
                    "shell_call_output": ShellCallOutput,
                    "apply_patch_call": ApplyPatchToolCall,
                    "apply_patch_call_output": ApplyPatchToolCallOutput,
                    "mcp_list_tools": MCPListTools,
                    "mcp_approval_request": MCPApprovalRequest,
                    "mcp_approval_response": MCPApprovalResponseResource,
                    "mcp_call": MCPToolCall,
                    "custom_tool_call": ResponseCustomToolCallItem,
                    "custom_tool_call_output": ResponseCustomToolCallOutputItem,
                },
            )
        ),
    )


@_attrs_define(init=False, repr=False)
class ResponseItemList(BaseModel):
    """A list of Response items.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    data: list[
        InputMessageResource
        | ResponseOutputMessage
        | ResponseFileSearchToolCall
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | WebSearchToolCall
        | FunctionToolCallResource
        | FunctionToolCallOutputResource
        | ToolSearchCall
        | ToolSearchOutput
        | AdditionalTools
        | ResponseReasoningItem
        | Program
        | ProgramOutput
        | CompactionBody
        | ImageGenerationCall
        | CodeInterpreterToolCall
        | LocalShellCall
        | LocalShellCallOutput
        | FunctionShellCall
        | ShellCallOutput
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | MCPListTools
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPToolCall
        | ResponseCustomToolCallItem
        | ResponseCustomToolCallOutputItem
    ]
    """A list of items used to generate this response."""
    first_id: str
    """The ID of the first item in the list."""
    has_more: bool
    """Whether there are more items available."""
    last_id: str
    """The ID of the last item in the list."""
    object: ResponseItemListObject
    """The type of object returned, must be `list`."""

    _fields = _FIELDS
    _required = frozenset({"object", "data", "has_more", "first_id", "last_id"})

    def __init__(
        self,
        *,
        data: list[
            InputMessageResource
            | ResponseOutputMessage
            | ResponseFileSearchToolCall
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | WebSearchToolCall
            | FunctionToolCallResource
            | FunctionToolCallOutputResource
            | ToolSearchCall
            | ToolSearchOutput
            | AdditionalTools
            | ResponseReasoningItem
            | Program
            | ProgramOutput
            | CompactionBody
            | ImageGenerationCall
            | CodeInterpreterToolCall
            | LocalShellCall
            | LocalShellCallOutput
            | FunctionShellCall
            | ShellCallOutput
            | ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPToolCall
            | ResponseCustomToolCallItem
            | ResponseCustomToolCallOutputItem
        ],
        first_id: str,
        has_more: bool,
        last_id: str,
        object: ResponseItemListObject,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"object", "data", "has_more", "first_id", "last_id"}
        self.data = data
        self.first_id = first_id
        self.has_more = has_more
        self.last_id = last_id
        self.object = object
        self.additional_properties = {}
        self._given = _given_keys
        self._request_id = None

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object without raising on missing, null or unexpected values."""
        if not isinstance(src_dict, Mapping):  # dict("") is {} and a list of pairs a dict: neither fits
            raise TypeError(f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        # Straight-line assignments, not __init__: parsing is the hot path.
        obj = cls.__new__(cls)
        obj._given = _KEYS.intersection(d)
        pop = d.pop
        (parse_1,) = _parsers()
        obj.data = lenient(pop("data", None), parse_1)
        obj.first_id = pop("first_id", None)
        obj.has_more = pop("has_more", None)
        obj.last_id = pop("last_id", None)
        obj.object = pop("object", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("object") in ("list",)
            and "data" in data
            and "has_more" in data
            and "first_id" in data
            and "last_id" in data
        )
