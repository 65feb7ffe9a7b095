# Generated from openapi.yaml by make generate; do not edit.
"""The ``Item`` union: 27 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .additional_tools_item_param import AdditionalToolsItemParam
    from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from .apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from .code_interpreter_tool_call import CodeInterpreterToolCall
    from .compaction_summary_item_param import CompactionSummaryItemParam
    from .computer_call_output_item_param import ComputerCallOutputItemParam
    from .computer_tool_call import ComputerToolCall
    from .custom_tool_call import CustomToolCall
    from .custom_tool_call_output import CustomToolCallOutput
    from .function_call_output_item_param import FunctionCallOutputItemParam
    from .function_shell_call_item_param import FunctionShellCallItemParam
    from .image_generation_call import ImageGenerationCall
    from .input_message import InputMessage
    from .local_shell_call import LocalShellCall
    from .local_shell_call_output import LocalShellCallOutput
    from .mcp_approval_request import MCPApprovalRequest
    from .mcp_approval_response import MCPApprovalResponse
    from .mcp_list_tools import MCPListTools
    from .mcp_tool_call import MCPToolCall
    from .response_file_search_tool_call import ResponseFileSearchToolCall
    from .response_function_tool_call import ResponseFunctionToolCall
    from .response_output_message import ResponseOutputMessage
    from .response_reasoning_item import ResponseReasoningItem
    from .shell_tool_call_output import ShellToolCallOutput
    from .tool_search_call_item_param import ToolSearchCallItemParam
    from .tool_search_output_item_param import ToolSearchOutputItemParam
    from .web_search_tool_call import WebSearchToolCall

__all__ = ["Item", "parse_item"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
Item: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "InputMessage",
    "ResponseOutputMessage",
    "ResponseFileSearchToolCall",
    "ComputerToolCall",
    "ComputerCallOutputItemParam",
    "WebSearchToolCall",
    "ResponseFunctionToolCall",
    "FunctionCallOutputItemParam",
    "ToolSearchCallItemParam",
    "ToolSearchOutputItemParam",
    "AdditionalToolsItemParam",
    "ResponseReasoningItem",
    "CompactionSummaryItemParam",
    "ImageGenerationCall",
    "CodeInterpreterToolCall",
    "LocalShellCall",
    "LocalShellCallOutput",
    "FunctionShellCallItemParam",
    "ShellToolCallOutput",
    "ApplyPatchToolCallItemParam",
    "ApplyPatchToolCallOutputItemParam",
    "MCPListTools",
    "MCPApprovalRequest",
    "MCPApprovalResponse",
    "MCPToolCall",
    "CustomToolCallOutput",
    "CustomToolCall",
]
"""Content item used to generate a response."""


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .additional_tools_item_param import AdditionalToolsItemParam  # noqa: PLC0415
    from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam  # noqa: PLC0415
    from .apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam  # noqa: PLC0415
    from .code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: PLC0415
    from .compaction_summary_item_param import CompactionSummaryItemParam  # noqa: PLC0415
    from .computer_call_output_item_param import ComputerCallOutputItemParam  # noqa: PLC0415
    from .computer_tool_call import ComputerToolCall  # noqa: PLC0415
    from .custom_tool_call import CustomToolCall  # noqa: PLC0415
    from .custom_tool_call_output import CustomToolCallOutput  # noqa: PLC0415
    from .function_call_output_item_param import FunctionCallOutputItemParam  # noqa: PLC0415
    from .function_shell_call_item_param import FunctionShellCallItemParam  # noqa: PLC0415
    from .image_generation_call import ImageGenerationCall  # noqa: PLC0415
    from .input_message import InputMessage  # noqa: PLC0415
    from .local_shell_call import LocalShellCall  # noqa: PLC0415
    from .local_shell_call_output import LocalShellCallOutput  # noqa: PLC0415
    from .mcp_approval_request import MCPApprovalRequest  # noqa: PLC0415
    from .mcp_approval_response import MCPApprovalResponse  # noqa: PLC0415
    from .mcp_list_tools import MCPListTools  # noqa: PLC0415
    from .mcp_tool_call import MCPToolCall  # noqa: PLC0415
    from .response_file_search_tool_call import ResponseFileSearchToolCall  # noqa: PLC0415
    from .response_function_tool_call import ResponseFunctionToolCall  # noqa: PLC0415
    from .response_output_message import ResponseOutputMessage  # noqa: PLC0415
    from .response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
    from .shell_tool_call_output import ShellToolCallOutput  # noqa: PLC0415
    from .tool_search_call_item_param import ToolSearchCallItemParam  # noqa: PLC0415
    from .tool_search_output_item_param import ToolSearchOutputItemParam  # noqa: PLC0415
    from .web_search_tool_call import WebSearchToolCall  # noqa: PLC0415

    return discriminated_parser(
        "type",
        {
            "message": (InputMessage, ResponseOutputMessage),
            "file_search_call": ResponseFileSearchToolCall,
            "computer_call": ComputerToolCall,
            "computer_call_output": ComputerCallOutputItemParam,
            "web_search_call": WebSearchToolCall,
            "function_call": ResponseFunctionToolCall,
            "function_call_output": FunctionCallOutputItemParam,
            "tool_search_call": ToolSearchCallItemParam,
            "tool_search_output": ToolSearchOutputItemParam,
            "additional_tools": AdditionalToolsItemParam,
            "reasoning": ResponseReasoningItem,
            "compaction": CompactionSummaryItemParam,
            "image_generation_call": ImageGenerationCall,
            "code_interpreter_call": CodeInterpreterToolCall,
            "local_shell_call": LocalShellCall,
            "local_shell_call_output": LocalShellCallOutput,
            "shell_call": FunctionShellCallItemParam,
            "shell_call_output": ShellToolCallOutput,
            "apply_patch_call": ApplyPatchToolCallItemParam,
            "apply_patch_call_output": ApplyPatchToolCallOutputItemParam,
            "mcp_list_tools": MCPListTools,
            "mcp_approval_request": MCPApprovalRequest,
            "mcp_approval_response": MCPApprovalResponse,
            "mcp_call": MCPToolCall,
            "custom_tool_call_output": CustomToolCallOutput,
            "custom_tool_call": CustomToolCall,
        },
    )


def parse_item(data: Any) -> Item:
    """One ``Item`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
