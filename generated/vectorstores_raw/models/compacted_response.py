# Generated from openapi.yaml by make generate; do not edit.
"""The ``CompactedResponse`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.compacted_response_object import CompactedResponseObject
from ..types import (
    discriminated_parser,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.additional_tools import AdditionalTools
    from ..models.function_tool_call_output import FunctionToolCallOutput
    from ..models.image_generation_call import ImageGenerationCall
    from ..models.local_shell_call import LocalShellCall
    from ..models.local_shell_call_output import LocalShellCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.message import Message
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.response_apply_patch_tool_call import ResponseApplyPatchToolCall
    from ..models.response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
    from ..models.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
    from ..models.response_compaction_item import ResponseCompactionItem
    from ..models.response_computer_tool_call import ResponseComputerToolCall
    from ..models.response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
    from ..models.response_custom_tool_call import ResponseCustomToolCall
    from ..models.response_custom_tool_call_output import ResponseCustomToolCallOutput
    from ..models.response_file_search_tool_call import ResponseFileSearchToolCall
    from ..models.response_function_shell_tool_call import ResponseFunctionShellToolCall
    from ..models.response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput
    from ..models.response_function_tool_call import ResponseFunctionToolCall
    from ..models.response_function_web_search import ResponseFunctionWebSearch
    from ..models.response_reasoning_item import ResponseReasoningItem
    from ..models.response_tool_search_call import ResponseToolSearchCall
    from ..models.response_tool_search_output_item import ResponseToolSearchOutputItem
    from ..models.response_usage import ResponseUsage

T = TypeVar("T", bound="CompactedResponse")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("created_at", "created_at"),
    ("object", "object"),
    ("output", "output"),
    ("usage", "usage"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "created_at", "object", "output", "usage"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.additional_tools import AdditionalTools  # noqa: PLC0415
    from ..models.function_tool_call_output import FunctionToolCallOutput  # noqa: PLC0415
    from ..models.image_generation_call import ImageGenerationCall  # noqa: PLC0415
    from ..models.local_shell_call import LocalShellCall  # noqa: PLC0415
    from ..models.local_shell_call_output import LocalShellCallOutput  # noqa: PLC0415
    from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: PLC0415
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource  # noqa: PLC0415
    from ..models.mcp_list_tools import MCPListTools  # noqa: PLC0415
    from ..models.mcp_tool_call import MCPToolCall  # noqa: PLC0415
    from ..models.message import Message  # noqa: PLC0415
    from ..models.program import Program  # noqa: PLC0415
    from ..models.program_output import ProgramOutput  # noqa: PLC0415
    from ..models.response_apply_patch_tool_call import ResponseApplyPatchToolCall  # noqa: PLC0415
    from ..models.response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput  # noqa: PLC0415
    from ..models.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall  # noqa: PLC0415
    from ..models.response_compaction_item import ResponseCompactionItem  # noqa: PLC0415
    from ..models.response_computer_tool_call import ResponseComputerToolCall  # noqa: PLC0415
    from ..models.response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem  # noqa: PLC0415
    from ..models.response_custom_tool_call import ResponseCustomToolCall  # noqa: PLC0415
    from ..models.response_custom_tool_call_output import ResponseCustomToolCallOutput  # noqa: PLC0415
    from ..models.response_file_search_tool_call import ResponseFileSearchToolCall  # noqa: PLC0415
    from ..models.response_function_shell_tool_call import ResponseFunctionShellToolCall  # noqa: PLC0415
    from ..models.response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput  # noqa: PLC0415
    from ..models.response_function_tool_call import ResponseFunctionToolCall  # noqa: PLC0415
    from ..models.response_function_web_search import ResponseFunctionWebSearch  # noqa: PLC0415
    from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
    from ..models.response_tool_search_call import ResponseToolSearchCall  # noqa: PLC0415
    from ..models.response_tool_search_output_item import ResponseToolSearchOutputItem  # noqa: PLC0415
    from ..models.response_usage import ResponseUsage  # noqa: PLC0415

    return (
        list_parser(
            discriminated_parser(
                "type",
                {
                    "message": Message,
                    "program": Program,
                    "program_output": ProgramOutput,
                    "function_call": ResponseFunctionToolCall,
                    "tool_search_call": ResponseToolSearchCall,
                    "tool_search_output": ResponseToolSearchOutputItem,
                    "additional_tools": AdditionalTools,
                    "function_call_output": FunctionToolCallOutput,
                    "file_search_call": ResponseFileSearchToolCall,
                    "web_search_call": ResponseFunctionWebSearch,
                    "image_generation_call": ImageGenerationCall,
                    "computer_call": ResponseComputerToolCall,
                    "computer_call_output": ResponseComputerToolCallOutputItem,
                    "reasoning": ResponseReasoningItem,
                    "compaction": ResponseCompactionItem,
                    "code_interpreter_call": ResponseCodeInterpreterToolCall,
                    "local_shell_call": LocalShellCall,
                    "local_shell_call_output": LocalShellCallOutput,
                    "shell_call": ResponseFunctionShellToolCall,
                    "shell_call_output": ResponseFunctionShellToolCallOutput,
                    "apply_patch_call": ResponseApplyPatchToolCall,
                    "apply_patch_call_output": ResponseApplyPatchToolCallOutput,
                    "mcp_list_tools": MCPListTools,
                    "mcp_approval_request": MCPApprovalRequest,
                    "mcp_approval_response": MCPApprovalResponseResource,
                    "mcp_call": MCPToolCall,
                    "custom_tool_call": ResponseCustomToolCall,
                    "custom_tool_call_output": ResponseCustomToolCallOutput,
                },
            )
        ),
        ResponseUsage.from_dict,
    )


@_attrs_define(init=False, repr=False)
class CompactedResponse(BaseModel):
    """The CompactedResponse object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique identifier for the compacted response."""
    created_at: int
    """Unix timestamp (in seconds) when the compacted conversation was created."""
    object: CompactedResponseObject
    """The object type. Always `response.compaction`."""
    output: list[
        Message
        | Program
        | ProgramOutput
        | ResponseFunctionToolCall
        | ResponseToolSearchCall
        | ResponseToolSearchOutputItem
        | AdditionalTools
        | FunctionToolCallOutput
        | ResponseFileSearchToolCall
        | ResponseFunctionWebSearch
        | ImageGenerationCall
        | ResponseComputerToolCall
        | ResponseComputerToolCallOutputItem
        | ResponseReasoningItem
        | ResponseCompactionItem
        | ResponseCodeInterpreterToolCall
        | LocalShellCall
        | LocalShellCallOutput
        | ResponseFunctionShellToolCall
        | ResponseFunctionShellToolCallOutput
        | ResponseApplyPatchToolCall
        | ResponseApplyPatchToolCallOutput
        | MCPListTools
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPToolCall
        | ResponseCustomToolCall
        | ResponseCustomToolCallOutput
    ]
    """The compacted list of output items."""
    usage: ResponseUsage
    """Token accounting for the compaction pass, including cached, reasoning, and total tokens."""

    _fields = _FIELDS
    _required = frozenset({"id", "object", "output", "created_at", "usage"})

    def __init__(
        self,
        *,
        id: str,
        created_at: int,
        object: CompactedResponseObject,
        output: list[
            Message
            | Program
            | ProgramOutput
            | ResponseFunctionToolCall
            | ResponseToolSearchCall
            | ResponseToolSearchOutputItem
            | AdditionalTools
            | FunctionToolCallOutput
            | ResponseFileSearchToolCall
            | ResponseFunctionWebSearch
            | ImageGenerationCall
            | ResponseComputerToolCall
            | ResponseComputerToolCallOutputItem
            | ResponseReasoningItem
            | ResponseCompactionItem
            | ResponseCodeInterpreterToolCall
            | LocalShellCall
            | LocalShellCallOutput
            | ResponseFunctionShellToolCall
            | ResponseFunctionShellToolCallOutput
            | ResponseApplyPatchToolCall
            | ResponseApplyPatchToolCallOutput
            | MCPListTools
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPToolCall
            | ResponseCustomToolCall
            | ResponseCustomToolCallOutput
        ],
        usage: ResponseUsage,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"id", "object", "output", "created_at", "usage"}
        self.id = id
        self.created_at = created_at
        self.object = object
        self.output = output
        self.usage = usage
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
        (
            parse_1,
            parse_2,
        ) = _parsers()
        obj.id = pop("id", None)
        obj.created_at = pop("created_at", None)
        obj.object = pop("object", None)
        obj.output = lenient(pop("output", None), parse_1)
        obj.usage = lenient(pop("usage", None), parse_2)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            "id" in data
            and data.get("object") in ("response.compaction",)
            and "output" in data
            and "created_at" in data
            and "usage" in data
        )
