# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputItemParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr
from vectorstores.types.responses.container_reference_param import ContainerReferenceParam
from vectorstores.types.responses.easy_input_message_param import EasyInputMessageParam
from vectorstores.types.responses.local_environment_param import LocalEnvironmentParam
from vectorstores.types.responses.mcp_tool_call_error_param import McpToolCallErrorParam
from vectorstores.types.responses.response_code_interpreter_tool_call_param import ResponseCodeInterpreterToolCallParam
from vectorstores.types.responses.response_compaction_item_param_param import ResponseCompactionItemParamParam
from vectorstores.types.responses.response_computer_tool_call_output_screenshot_param import (
    ResponseComputerToolCallOutputScreenshotParam,
)
from vectorstores.types.responses.response_computer_tool_call_param import ResponseComputerToolCallParam
from vectorstores.types.responses.response_custom_tool_call_output_param import ResponseCustomToolCallOutputParam
from vectorstores.types.responses.response_custom_tool_call_param import ResponseCustomToolCallParam
from vectorstores.types.responses.response_file_search_tool_call_param import ResponseFileSearchToolCallParam
from vectorstores.types.responses.response_function_call_output_item_param import ResponseFunctionCallOutputItemParam
from vectorstores.types.responses.response_function_shell_call_output_content_param import (
    ResponseFunctionShellCallOutputContentParam,
)
from vectorstores.types.responses.response_function_tool_call_param import ResponseFunctionToolCallParam
from vectorstores.types.responses.response_function_web_search_param import ResponseFunctionWebSearchParam
from vectorstores.types.responses.response_input_content_param import ResponseInputContentParam
from vectorstores.types.responses.response_output_message_param import ResponseOutputMessageParam
from vectorstores.types.responses.response_reasoning_item_param import ResponseReasoningItemParam
from vectorstores.types.responses.response_tool_search_output_item_param_param import (
    ResponseToolSearchOutputItemParamParam,
)
from vectorstores.types.responses.tool_param import ToolParam

__all__ = [
    "ResponseInputItemParam",
    "Input",
    "InputComputerCallOutputItemParam",
    "AcknowledgedSafetyCheck",
    "InputFunctionCallOutputItemParam",
    "CallerDirectToolCallCallerParam",
    "CallerProgramToolCallCallerParam",
    "InputToolSearchCallItemParam",
    "InputAdditionalToolsItemParam",
    "InputImageGenerationCall",
    "InputLocalShellCall",
    "Action",
    "InputLocalShellCallOutput",
    "InputFunctionShellCallItemParam",
    "ActionShellAction",
    "InputShellToolCallOutput",
    "InputApplyPatchToolCallItemParam",
    "OperationApplyPatchCreateFileOperationParam",
    "OperationApplyPatchDeleteFileOperationParam",
    "OperationApplyPatchUpdateFileOperationParam",
    "InputApplyPatchToolCallOutputItemParam",
    "InputMCPListTools",
    "Tool",
    "InputMCPApprovalRequest",
    "InputMCPApprovalResponse",
    "InputMCPToolCall",
    "InputCompactionTrigger",
    "InputItemReference",
    "InputProgramItemParam",
    "InputProgramOutputItemParam",
    "Caller",
    "Environment",
    "Operation",
]


class Input(TypedDict, total=False):
    """A message input to the model with a role indicating instruction following hierarchy. Instructions given with the
    `developer` or `system` role take precedence over instructions given with the `user` role.
    """

    content: Required[Iterable[ResponseInputContentParam]]
    """A list of one or many input items to the model, containing different content types."""
    role: Required[Literal["developer", "system", "user"]]
    """The role of the message input. One of `user`, `system`, or `developer`."""
    status: Literal["completed", "in_progress", "incomplete"]
    """The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via
    API.
    """
    type: Literal["message"]
    """The type of the message input. Always set to `message`."""


class InputComputerCallOutputItemParam(TypedDict, total=False):
    """The output of a computer tool call."""

    call_id: Required[str]
    """The ID of the computer tool call that produced the output."""
    output: Required[ResponseComputerToolCallOutputScreenshotParam]
    """A computer screenshot image used with the computer use tool."""
    type: Required[Literal["computer_call_output"]]
    """The type of the computer tool call output. Always `computer_call_output`."""
    acknowledged_safety_checks: Iterable[AcknowledgedSafetyCheck] | None
    """The safety checks reported by the API that have been acknowledged by the developer."""
    id: str | None
    """The ID of the computer tool call output."""
    status: Literal["completed", "in_progress", "incomplete"] | None
    """The status of the message input. One of `in_progress`, `completed`, or `incomplete`. Populated when input items
    are returned via API.
    """


class AcknowledgedSafetyCheck(TypedDict, total=False):
    """A pending safety check for the computer call."""

    id: Required[str]
    """The ID of the pending safety check."""
    code: str | None
    """The type of the pending safety check."""
    message: str | None
    """Details about the pending safety check."""


class InputFunctionCallOutputItemParam(TypedDict, total=False):
    """The output of a function tool call."""

    output: Required[str | Iterable[ResponseFunctionCallOutputItemParam]]
    """Text, image, or file output of the function tool call."""
    type: Required[Literal["function_call_output"]]
    """The type of the function tool call output. Always `function_call_output`."""
    call_id: str | None
    """The unique ID of the function tool call generated by the model."""
    caller: Caller | None
    """The execution context that produced this tool call."""
    id: str | None
    """The unique ID of the function tool call output. Populated when this item is returned via API."""
    name: str | None
    """The name of the tool that produced the output."""
    namespace: str | None
    """The namespace of the tool that produced the output."""
    status: Literal["completed", "in_progress", "incomplete"] | None
    """The status of the item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via
    API.
    """


class CallerDirectToolCallCallerParam(TypedDict, total=False):
    type: Required[Literal["direct"]]
    """The caller type. Always `direct`."""


class CallerProgramToolCallCallerParam(TypedDict, total=False):
    caller_id: Required[str]
    """The call ID of the program item that produced this tool call."""
    type: Required[Literal["program"]]
    """The caller type. Always `program`."""


class InputToolSearchCallItemParam(TypedDict, total=False):
    arguments: Required[dict[str, Any]]
    """The arguments supplied to the tool search call."""
    type: Required[Literal["tool_search_call"]]
    """The item type. Always `tool_search_call`."""
    call_id: str | None
    """The unique ID of the tool search call generated by the model."""
    execution: Literal["client", "server"]
    """Whether tool search was executed by the server or by the client."""
    id: str | None
    """The unique ID of this tool search call."""
    status: Literal["completed", "in_progress", "incomplete"] | None
    """The status of the tool search call."""


class InputAdditionalToolsItemParam(TypedDict, total=False):
    role: Required[Literal["developer"]]
    """The role that provided the additional tools. Only `developer` is supported."""
    tools: Required[Iterable[ToolParam]]
    """A list of additional tools made available at this item."""
    type: Required[Literal["additional_tools"]]
    """The item type. Always `additional_tools`."""
    id: str | None
    """The unique ID of this additional tools item."""


class InputImageGenerationCall(TypedDict, total=False):
    """An image generation request made by the model."""

    id: Required[str]
    """The unique ID of the image generation call."""
    result: Required[str | None]
    """The generated image encoded in base64."""
    status: Required[Literal["completed", "failed", "generating", "in_progress"]]
    """The status of the image generation call."""
    type: Required[Literal["image_generation_call"]]
    """The type of the image generation call. Always `image_generation_call`."""


class InputLocalShellCall(TypedDict, total=False):
    """A tool call to run a command on the local shell."""

    action: Required[Action]
    """Execute a shell command on the server."""
    call_id: Required[str]
    """The unique ID of the local shell tool call generated by the model."""
    id: Required[str]
    """The unique ID of the local shell call."""
    status: Required[Literal["completed", "in_progress", "incomplete"]]
    """The status of the local shell call."""
    type: Required[Literal["local_shell_call"]]
    """The type of the local shell call. Always `local_shell_call`."""


class Action(TypedDict, total=False):
    """Execute a shell command on the server."""

    command: Required[SequenceNotStr[str]]
    """The command to run."""
    env: Required[dict[str, str]]
    """Environment variables to set for the command."""
    type: Required[Literal["exec"]]
    """The type of the local shell action. Always `exec`."""
    timeout_ms: int | None
    """Optional timeout in milliseconds for the command."""
    user: str | None
    """Optional user to run the command as."""
    working_directory: str | None
    """Optional working directory to run the command in."""


class InputLocalShellCallOutput(TypedDict, total=False):
    """The output of a local shell tool call."""

    id: Required[str]
    """The unique ID of the local shell tool call generated by the model."""
    output: Required[str]
    """A JSON string of the output of the local shell tool call."""
    type: Required[Literal["local_shell_call_output"]]
    """The type of the local shell tool call output. Always `local_shell_call_output`."""
    status: Literal["completed", "in_progress", "incomplete"] | None
    """The status of the item. One of `in_progress`, `completed`, or `incomplete`."""


class InputFunctionShellCallItemParam(TypedDict, total=False):
    """A tool representing a request to execute one or more shell commands."""

    action: Required[ActionShellAction]
    """The shell commands and limits that describe how to run the tool call."""
    call_id: Required[str]
    """The unique ID of the shell tool call generated by the model."""
    type: Required[Literal["shell_call"]]
    """The type of the item. Always `shell_call`."""
    caller: Caller | None
    """The execution context that produced this tool call."""
    environment: Environment | None
    """The environment to execute the shell commands in."""
    id: str | None
    """The unique ID of the shell tool call. Populated when this item is returned via API."""
    status: Literal["completed", "in_progress", "incomplete"] | None
    """The status of the shell call. One of `in_progress`, `completed`, or `incomplete`."""


class ActionShellAction(TypedDict, total=False):
    """Commands and limits describing how to run the shell tool call."""

    commands: Required[SequenceNotStr[str]]
    """Ordered shell commands for the execution environment to run."""
    max_output_length: int | None
    """Maximum number of UTF-8 characters to capture from combined stdout and stderr output."""
    timeout_ms: int | None
    """Maximum wall-clock time in milliseconds to allow the shell commands to run."""


class InputShellToolCallOutput(TypedDict, total=False):
    """The streamed output items emitted by a shell tool call."""

    call_id: Required[str]
    """The unique ID of the shell tool call generated by the model."""
    output: Required[Iterable[ResponseFunctionShellCallOutputContentParam]]
    """Captured chunks of stdout and stderr output, along with their associated outcomes."""
    type: Required[Literal["shell_call_output"]]
    """The type of the item. Always `shell_call_output`."""
    caller: Caller | None
    """The execution context that produced this tool call."""
    id: str | None
    """The unique ID of the shell tool call output. Populated when this item is returned via API."""
    max_output_length: int | None
    """The maximum number of UTF-8 characters captured for this shell call's combined output."""
    status: Literal["completed", "in_progress", "incomplete"] | None
    """The status of the shell call output."""


class InputApplyPatchToolCallItemParam(TypedDict, total=False):
    """A tool call representing a request to create, delete, or update files using diff patches."""

    call_id: Required[str]
    """The unique ID of the apply patch tool call generated by the model."""
    operation: Required[Operation]
    """The specific create, delete, or update instruction for the apply_patch tool call."""
    status: Required[Literal["completed", "in_progress"]]
    """The status of the apply patch tool call. One of `in_progress` or `completed`."""
    type: Required[Literal["apply_patch_call"]]
    """The type of the item. Always `apply_patch_call`."""
    caller: Caller | None
    """The execution context that produced this tool call."""
    id: str | None
    """The unique ID of the apply patch tool call. Populated when this item is returned via API."""


class OperationApplyPatchCreateFileOperationParam(TypedDict, total=False):
    """Instruction for creating a new file via the apply_patch tool."""

    diff: Required[str]
    """Unified diff content to apply when creating the file."""
    path: Required[str]
    """Path of the file to create relative to the workspace root."""
    type: Required[Literal["create_file"]]
    """The operation type. Always `create_file`."""


class OperationApplyPatchDeleteFileOperationParam(TypedDict, total=False):
    """Instruction for deleting an existing file via the apply_patch tool."""

    path: Required[str]
    """Path of the file to delete relative to the workspace root."""
    type: Required[Literal["delete_file"]]
    """The operation type. Always `delete_file`."""


class OperationApplyPatchUpdateFileOperationParam(TypedDict, total=False):
    """Instruction for updating an existing file via the apply_patch tool."""

    diff: Required[str]
    """Unified diff content to apply to the existing file."""
    path: Required[str]
    """Path of the file to update relative to the workspace root."""
    type: Required[Literal["update_file"]]
    """The operation type. Always `update_file`."""


class InputApplyPatchToolCallOutputItemParam(TypedDict, total=False):
    """The streamed output emitted by an apply patch tool call."""

    call_id: Required[str]
    """The unique ID of the apply patch tool call generated by the model."""
    status: Required[Literal["completed", "failed"]]
    """The status of the apply patch tool call output. One of `completed` or `failed`."""
    type: Required[Literal["apply_patch_call_output"]]
    """The type of the item. Always `apply_patch_call_output`."""
    caller: Caller | None
    """The execution context that produced this tool call."""
    id: str | None
    """The unique ID of the apply patch tool call output. Populated when this item is returned via API."""
    output: str | None
    """Optional human-readable log text from the apply patch tool (e.g., patch results or errors)."""


class InputMCPListTools(TypedDict, total=False):
    """A list of tools available on an MCP server."""

    id: Required[str]
    """The unique ID of the list."""
    server_label: Required[str]
    """The label of the MCP server."""
    tools: Required[Iterable[Tool]]
    """The tools available on the server."""
    type: Required[Literal["mcp_list_tools"]]
    """The type of the item. Always `mcp_list_tools`."""
    error: str | None
    """Error message if the server could not list tools."""


class Tool(TypedDict, total=False):
    """A tool available on an MCP server."""

    input_schema: Required[dict[str, Any]]
    """The JSON schema describing the tool's input."""
    name: Required[str]
    """The name of the tool."""
    annotations: dict[str, Any] | None
    """Additional annotations about the tool."""
    description: str | None
    """The description of the tool."""


class InputMCPApprovalRequest(TypedDict, total=False):
    """A request for human approval of a tool invocation."""

    arguments: Required[str]
    """A JSON string of arguments for the tool."""
    id: Required[str]
    """The unique ID of the approval request."""
    name: Required[str]
    """The name of the tool to run."""
    server_label: Required[str]
    """The label of the MCP server making the request."""
    type: Required[Literal["mcp_approval_request"]]
    """The type of the item. Always `mcp_approval_request`."""


class InputMCPApprovalResponse(TypedDict, total=False):
    """A response to an MCP approval request."""

    approval_request_id: Required[str]
    """The ID of the approval request being answered."""
    approve: Required[bool]
    """Whether the request was approved."""
    type: Required[Literal["mcp_approval_response"]]
    """The type of the item. Always `mcp_approval_response`."""
    id: str | None
    """The unique ID of the approval response"""
    reason: str | None
    """Optional reason for the decision."""


class InputMCPToolCall(TypedDict, total=False):
    """An invocation of a tool on an MCP server."""

    arguments: Required[str]
    """A JSON string of the arguments passed to the tool."""
    id: Required[str]
    """The unique ID of the tool call."""
    name: Required[str]
    """The name of the tool that was run."""
    server_label: Required[str]
    """The label of the MCP server running the tool."""
    type: Required[Literal["mcp_call"]]
    """The type of the item. Always `mcp_call`."""
    approval_request_id: str | None
    """Unique identifier for the MCP tool call approval request. Include this value in a subsequent
    `mcp_approval_response` input to approve or reject the corresponding tool call.
    """
    error: McpToolCallErrorParam | None
    """The error from the tool call, if any."""
    output: str | None
    """The output from the tool call."""
    status: Literal["calling", "completed", "failed", "in_progress", "incomplete"]
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`."""


class InputCompactionTrigger(TypedDict, total=False):
    """Compacts the current context. Must be the final input item."""

    type: Required[Literal["compaction_trigger"]]
    """The type of the item. Always `compaction_trigger`."""


class InputItemReference(TypedDict, total=False):
    """An internal identifier for an item to reference."""

    id: Required[str]
    """The ID of the item to reference."""
    type: Literal["item_reference"] | None
    """The type of item to reference. Always `item_reference`."""


class InputProgramItemParam(TypedDict, total=False):
    call_id: Required[str]
    """The stable call ID of the program item."""
    code: Required[str]
    """The JavaScript source executed by programmatic tool calling."""
    fingerprint: Required[str]
    """Opaque program replay fingerprint that must be round-tripped."""
    id: Required[str]
    """The unique ID of this program item."""
    type: Required[Literal["program"]]
    """The item type. Always `program`."""


class InputProgramOutputItemParam(TypedDict, total=False):
    call_id: Required[str]
    """The call ID of the program item."""
    id: Required[str]
    """The unique ID of this program output item."""
    result: Required[str]
    """The result produced by the program item."""
    status: Required[Literal["completed", "incomplete"]]
    """The terminal status of the program output."""
    type: Required[Literal["program_output"]]
    """The item type. Always `program_output`."""


Caller: TypeAlias = CallerDirectToolCallCallerParam | CallerProgramToolCallCallerParam

Environment: TypeAlias = LocalEnvironmentParam | ContainerReferenceParam

Operation: TypeAlias = (
    OperationApplyPatchCreateFileOperationParam
    | OperationApplyPatchDeleteFileOperationParam
    | OperationApplyPatchUpdateFileOperationParam
)

ResponseInputItemParam: TypeAlias = (
    EasyInputMessageParam
    | Input
    | ResponseOutputMessageParam
    | ResponseFileSearchToolCallParam
    | ResponseComputerToolCallParam
    | InputComputerCallOutputItemParam
    | ResponseFunctionWebSearchParam
    | ResponseFunctionToolCallParam
    | InputFunctionCallOutputItemParam
    | InputToolSearchCallItemParam
    | ResponseToolSearchOutputItemParamParam
    | InputAdditionalToolsItemParam
    | ResponseReasoningItemParam
    | ResponseCompactionItemParamParam
    | InputImageGenerationCall
    | ResponseCodeInterpreterToolCallParam
    | InputLocalShellCall
    | InputLocalShellCallOutput
    | InputFunctionShellCallItemParam
    | InputShellToolCallOutput
    | InputApplyPatchToolCallItemParam
    | InputApplyPatchToolCallOutputItemParam
    | InputMCPListTools
    | InputMCPApprovalRequest
    | InputMCPApprovalResponse
    | InputMCPToolCall
    | ResponseCustomToolCallOutputParam
    | ResponseCustomToolCallParam
    | InputCompactionTrigger
    | InputItemReference
    | InputProgramItemParam
    | InputProgramOutputItemParam
)
