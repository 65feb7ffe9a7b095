# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseItem`` union: 29 kinds of object, told apart as they are parsed."""

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
    from .function_shell_call import FunctionShellCall
    from .function_tool_call_output_resource import FunctionToolCallOutputResource
    from .function_tool_call_resource import FunctionToolCallResource
    from .image_generation_call import ImageGenerationCall
    from .input_message_resource import InputMessageResource
    from .local_shell_call import LocalShellCall
    from .local_shell_call_output import LocalShellCallOutput
    from .mcp_approval_request import MCPApprovalRequest
    from .mcp_approval_response_resource import MCPApprovalResponseResource
    from .mcp_list_tools import MCPListTools
    from .mcp_tool_call import MCPToolCall
    from .program import Program
    from .program_output import ProgramOutput
    from .response_custom_tool_call_item import ResponseCustomToolCallItem
    from .response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
    from .response_file_search_tool_call import ResponseFileSearchToolCall
    from .response_output_message import ResponseOutputMessage
    from .response_reasoning_item import ResponseReasoningItem
    from .shell_call_output import ShellCallOutput
    from .tool_search_call import ToolSearchCall
    from .tool_search_output import ToolSearchOutput
    from .web_search_tool_call import WebSearchToolCall

__all__ = ["ResponseItem", "parse_response_item"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
ResponseItem: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "InputMessageResource",
    "ResponseOutputMessage",
    "ResponseFileSearchToolCall",
    "ComputerToolCall",
    "ComputerToolCallOutputResource",
    "WebSearchToolCall",
    "FunctionToolCallResource",
    "FunctionToolCallOutputResource",
    "ToolSearchCall",
    "ToolSearchOutput",
    "AdditionalTools",
    "ResponseReasoningItem",
    "Program",
    "ProgramOutput",
    "CompactionBody",
    "ImageGenerationCall",
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
    "ResponseCustomToolCallItem",
    "ResponseCustomToolCallOutputItem",
]
"""Content item used to generate a response."""


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
    from .function_shell_call import FunctionShellCall  # noqa: PLC0415
    from .function_tool_call_output_resource import FunctionToolCallOutputResource  # noqa: PLC0415
    from .function_tool_call_resource import FunctionToolCallResource  # noqa: PLC0415
    from .image_generation_call import ImageGenerationCall  # noqa: PLC0415
    from .input_message_resource import InputMessageResource  # noqa: PLC0415
    from .local_shell_call import LocalShellCall  # noqa: PLC0415
    from .local_shell_call_output import LocalShellCallOutput  # noqa: PLC0415
    from .mcp_approval_request import MCPApprovalRequest  # noqa: PLC0415
    from .mcp_approval_response_resource import MCPApprovalResponseResource  # noqa: PLC0415
    from .mcp_list_tools import MCPListTools  # noqa: PLC0415
    from .mcp_tool_call import MCPToolCall  # noqa: PLC0415
    from .program import Program  # noqa: PLC0415
    from .program_output import ProgramOutput  # noqa: PLC0415
    from .response_custom_tool_call_item import ResponseCustomToolCallItem  # noqa: PLC0415
    from .response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem  # noqa: PLC0415
    from .response_file_search_tool_call import ResponseFileSearchToolCall  # noqa: PLC0415
    from .response_output_message import ResponseOutputMessage  # noqa: PLC0415
    from .response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
    from .shell_call_output import ShellCallOutput  # noqa: PLC0415
    from .tool_search_call import ToolSearchCall  # noqa: PLC0415
    from .tool_search_output import ToolSearchOutput  # noqa: PLC0415
    from .web_search_tool_call import WebSearchToolCall  # noqa: PLC0415

    return discriminated_parser(
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


def parse_response_item(data: Any) -> ResponseItem:
    """One ``ResponseItem`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
