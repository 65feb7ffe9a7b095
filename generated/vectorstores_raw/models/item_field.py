# Generated from openapi.yaml by make generate; do not edit.
"""The ``ItemField`` union: 28 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .additional_tools import AdditionalTools
    from .apply_patch_tool_call import ApplyPatchToolCall
    from .apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from .code_interpreter_tool_call import CodeInterpreterToolCall
    from .compaction_body import CompactionBody
    from .computer_tool_call import ComputerToolCall
    from .computer_tool_call_output_resource import ComputerToolCallOutputResource
    from .custom_tool_call import CustomToolCall
    from .custom_tool_call_output import CustomToolCallOutput
    from .function_shell_call import FunctionShellCall
    from .function_tool_call_output import FunctionToolCallOutput
    from .image_generation_call import ImageGenerationCall
    from .local_shell_call import LocalShellCall
    from .local_shell_call_output import LocalShellCallOutput
    from .mcp_approval_request import MCPApprovalRequest
    from .mcp_approval_response_resource import MCPApprovalResponseResource
    from .mcp_list_tools import MCPListTools
    from .mcp_tool_call import MCPToolCall
    from .message import Message
    from .program import Program
    from .program_output import ProgramOutput
    from .response_file_search_tool_call import ResponseFileSearchToolCall
    from .response_function_tool_call import ResponseFunctionToolCall
    from .response_reasoning_item import ResponseReasoningItem
    from .shell_call_output import ShellCallOutput
    from .tool_search_call import ToolSearchCall
    from .tool_search_output import ToolSearchOutput
    from .web_search_tool_call import WebSearchToolCall

__all__ = ["ItemField", "parse_item_field"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
ItemField: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "Message",
    "Program",
    "ProgramOutput",
    "ResponseFunctionToolCall",
    "ToolSearchCall",
    "ToolSearchOutput",
    "AdditionalTools",
    "FunctionToolCallOutput",
    "ResponseFileSearchToolCall",
    "WebSearchToolCall",
    "ImageGenerationCall",
    "ComputerToolCall",
    "ComputerToolCallOutputResource",
    "ResponseReasoningItem",
    "CompactionBody",
    "CodeInterpreterToolCall",
    "LocalShellCall",
    "LocalShellCallOutput",
    "FunctionShellCall",
    "ShellCallOutput",
    "ApplyPatchToolCall",
    "ApplyPatchToolCallOutput",
    "MCPListTools",
    "MCPApprovalRequest",
    "MCPApprovalResponseResource",
    "MCPToolCall",
    "CustomToolCall",
    "CustomToolCallOutput",
]
"""An item representing a message, tool call, tool output, reasoning, or other response element."""


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .additional_tools import AdditionalTools  # noqa: PLC0415
    from .apply_patch_tool_call import ApplyPatchToolCall  # noqa: PLC0415
    from .apply_patch_tool_call_output import ApplyPatchToolCallOutput  # noqa: PLC0415
    from .code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: PLC0415
    from .compaction_body import CompactionBody  # noqa: PLC0415
    from .computer_tool_call import ComputerToolCall  # noqa: PLC0415
    from .computer_tool_call_output_resource import ComputerToolCallOutputResource  # noqa: PLC0415
    from .custom_tool_call import CustomToolCall  # noqa: PLC0415
    from .custom_tool_call_output import CustomToolCallOutput  # noqa: PLC0415
    from .function_shell_call import FunctionShellCall  # noqa: PLC0415
    from .function_tool_call_output import FunctionToolCallOutput  # noqa: PLC0415
    from .image_generation_call import ImageGenerationCall  # noqa: PLC0415
    from .local_shell_call import LocalShellCall  # noqa: PLC0415
    from .local_shell_call_output import LocalShellCallOutput  # noqa: PLC0415
    from .mcp_approval_request import MCPApprovalRequest  # noqa: PLC0415
    from .mcp_approval_response_resource import MCPApprovalResponseResource  # noqa: PLC0415
    from .mcp_list_tools import MCPListTools  # noqa: PLC0415
    from .mcp_tool_call import MCPToolCall  # noqa: PLC0415
    from .message import Message  # noqa: PLC0415
    from .program import Program  # noqa: PLC0415
    from .program_output import ProgramOutput  # noqa: PLC0415
    from .response_file_search_tool_call import ResponseFileSearchToolCall  # noqa: PLC0415
    from .response_function_tool_call import ResponseFunctionToolCall  # noqa: PLC0415
    from .response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
    from .shell_call_output import ShellCallOutput  # noqa: PLC0415
    from .tool_search_call import ToolSearchCall  # noqa: PLC0415
    from .tool_search_output import ToolSearchOutput  # noqa: PLC0415
    from .web_search_tool_call import WebSearchToolCall  # noqa: PLC0415

    return discriminated_parser(
        "type",
        {
            "message": Message,
            "program": Program,
            "program_output": ProgramOutput,
            "function_call": ResponseFunctionToolCall,
            "tool_search_call": ToolSearchCall,
            "tool_search_output": ToolSearchOutput,
            "additional_tools": AdditionalTools,
            "function_call_output": FunctionToolCallOutput,
            "file_search_call": ResponseFileSearchToolCall,
            "web_search_call": WebSearchToolCall,
            "image_generation_call": ImageGenerationCall,
            "computer_call": ComputerToolCall,
            "computer_call_output": ComputerToolCallOutputResource,
            "reasoning": ResponseReasoningItem,
            "compaction": CompactionBody,
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
            "custom_tool_call": CustomToolCall,
            "custom_tool_call_output": CustomToolCallOutput,
        },
    )


def parse_item_field(data: Any) -> ItemField:
    """One ``ItemField`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
