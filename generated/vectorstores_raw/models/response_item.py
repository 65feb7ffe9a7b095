# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseItem`` union: 29 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .additional_tools import AdditionalTools
    from .image_generation_call import ImageGenerationCall
    from .local_shell_call import LocalShellCall
    from .local_shell_call_output import LocalShellCallOutput
    from .mcp_approval_request import MCPApprovalRequest
    from .mcp_approval_response_resource import MCPApprovalResponseResource
    from .mcp_list_tools import MCPListTools
    from .mcp_tool_call import MCPToolCall
    from .program import Program
    from .program_output import ProgramOutput
    from .response_apply_patch_tool_call import ResponseApplyPatchToolCall
    from .response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
    from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
    from .response_compaction_item import ResponseCompactionItem
    from .response_computer_tool_call import ResponseComputerToolCall
    from .response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
    from .response_custom_tool_call_item import ResponseCustomToolCallItem
    from .response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
    from .response_file_search_tool_call import ResponseFileSearchToolCall
    from .response_function_shell_tool_call import ResponseFunctionShellToolCall
    from .response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput
    from .response_function_tool_call_item import ResponseFunctionToolCallItem
    from .response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem
    from .response_function_web_search import ResponseFunctionWebSearch
    from .response_input_message_item import ResponseInputMessageItem
    from .response_output_message import ResponseOutputMessage
    from .response_reasoning_item import ResponseReasoningItem
    from .response_tool_search_call import ResponseToolSearchCall
    from .response_tool_search_output_item import ResponseToolSearchOutputItem

__all__ = ["ResponseItem", "parse_response_item"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
ResponseItem: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "ResponseInputMessageItem",
    "ResponseOutputMessage",
    "ResponseFileSearchToolCall",
    "ResponseComputerToolCall",
    "ResponseComputerToolCallOutputItem",
    "ResponseFunctionWebSearch",
    "ResponseFunctionToolCallItem",
    "ResponseFunctionToolCallOutputItem",
    "ResponseToolSearchCall",
    "ResponseToolSearchOutputItem",
    "AdditionalTools",
    "ResponseReasoningItem",
    "Program",
    "ProgramOutput",
    "ResponseCompactionItem",
    "ImageGenerationCall",
    "ResponseCodeInterpreterToolCall",
    "LocalShellCall",
    "LocalShellCallOutput",
    "ResponseFunctionShellToolCall",
    "ResponseFunctionShellToolCallOutput",
    "ResponseApplyPatchToolCall",
    "ResponseApplyPatchToolCallOutput",
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
    from .image_generation_call import ImageGenerationCall  # noqa: PLC0415
    from .local_shell_call import LocalShellCall  # noqa: PLC0415
    from .local_shell_call_output import LocalShellCallOutput  # noqa: PLC0415
    from .mcp_approval_request import MCPApprovalRequest  # noqa: PLC0415
    from .mcp_approval_response_resource import MCPApprovalResponseResource  # noqa: PLC0415
    from .mcp_list_tools import MCPListTools  # noqa: PLC0415
    from .mcp_tool_call import MCPToolCall  # noqa: PLC0415
    from .program import Program  # noqa: PLC0415
    from .program_output import ProgramOutput  # noqa: PLC0415
    from .response_apply_patch_tool_call import ResponseApplyPatchToolCall  # noqa: PLC0415
    from .response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput  # noqa: PLC0415
    from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall  # noqa: PLC0415
    from .response_compaction_item import ResponseCompactionItem  # noqa: PLC0415
    from .response_computer_tool_call import ResponseComputerToolCall  # noqa: PLC0415
    from .response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem  # noqa: PLC0415
    from .response_custom_tool_call_item import ResponseCustomToolCallItem  # noqa: PLC0415
    from .response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem  # noqa: PLC0415
    from .response_file_search_tool_call import ResponseFileSearchToolCall  # noqa: PLC0415
    from .response_function_shell_tool_call import ResponseFunctionShellToolCall  # noqa: PLC0415
    from .response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput  # noqa: PLC0415
    from .response_function_tool_call_item import ResponseFunctionToolCallItem  # noqa: PLC0415
    from .response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem  # noqa: PLC0415
    from .response_function_web_search import ResponseFunctionWebSearch  # noqa: PLC0415
    from .response_input_message_item import ResponseInputMessageItem  # noqa: PLC0415
    from .response_output_message import ResponseOutputMessage  # noqa: PLC0415
    from .response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
    from .response_tool_search_call import ResponseToolSearchCall  # noqa: PLC0415
    from .response_tool_search_output_item import ResponseToolSearchOutputItem  # noqa: PLC0415

    return discriminated_parser(
        "type",
        {
            "message": (ResponseInputMessageItem, ResponseOutputMessage),
            "file_search_call": ResponseFileSearchToolCall,
            "computer_call": ResponseComputerToolCall,
            "computer_call_output": ResponseComputerToolCallOutputItem,
            "web_search_call": ResponseFunctionWebSearch,
            "function_call": ResponseFunctionToolCallItem,
            "function_call_output": ResponseFunctionToolCallOutputItem,
            "tool_search_call": ResponseToolSearchCall,
            "tool_search_output": ResponseToolSearchOutputItem,
            "additional_tools": AdditionalTools,
            "reasoning": ResponseReasoningItem,
            "program": Program,
            "program_output": ProgramOutput,
            "compaction": ResponseCompactionItem,
            "image_generation_call": ImageGenerationCall,
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
            "custom_tool_call": ResponseCustomToolCallItem,
            "custom_tool_call_output": ResponseCustomToolCallOutputItem,
        },
    )


def parse_response_item(data: Any) -> ResponseItem:
    """One ``ResponseItem`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
