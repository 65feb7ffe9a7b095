# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputItemParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr
from vectorstores.types.responses.tool_param import ToolParam

__all__ = [
    "ResponseInputItemParam",
    "Input",
    "ContentInputTextContent",
    "PromptCacheBreakpoint",
    "ContentInputImageContent",
    "ContentInputFileContent",
    "InputInputMessage",
    "InputResponseOutputMessage",
    "ContentResponseOutputText",
    "AnnotationFileCitation",
    "AnnotationURLCitation",
    "AnnotationContainerFileCitation",
    "AnnotationFilePath",
    "Logprob",
    "TopLogprob",
    "ContentRefusal",
    "InputResponseFileSearchToolCall",
    "Result",
    "InputComputerToolCall",
    "PendingSafetyCheck",
    "ActionClick",
    "ActionDoubleClick",
    "ActionDrag",
    "Path",
    "ActionKeyPress",
    "ActionMove",
    "ActionScreenshot",
    "ActionScroll",
    "ActionType",
    "ActionWait",
    "InputComputerCallOutputItemParam",
    "Output",
    "AcknowledgedSafetyCheck",
    "InputWebSearchToolCall",
    "ActionSearchAction",
    "Source",
    "ActionOpenPageAction",
    "ActionFindAction",
    "InputResponseFunctionToolCall",
    "CallerDirectToolCallCaller",
    "CallerProgramToolCallCaller",
    "InputFunctionCallOutputItemParam",
    "OutputInputTextContentParam",
    "PromptCacheBreakpointPromptCacheBreakpointParam",
    "OutputInputImageContentParamAutoParam",
    "OutputInputFileContentParam",
    "CallerDirectToolCallCallerParam",
    "CallerProgramToolCallCallerParam",
    "InputToolSearchCallItemParam",
    "InputToolSearchOutputItemParam",
    "InputAdditionalToolsItemParam",
    "InputResponseReasoningItem",
    "Summary",
    "ContentReasoningText",
    "InputCompactionSummaryItemParam",
    "InputImageGenerationCall",
    "InputCodeInterpreterToolCall",
    "OutputCodeInterpreterOutputLogs",
    "OutputCodeInterpreterOutputImage",
    "InputLocalShellCall",
    "ActionLocalShellExecAction",
    "InputLocalShellCallOutput",
    "InputFunctionShellCallItemParam",
    "ActionShellAction",
    "EnvironmentLocalEnvironmentParam",
    "Skill",
    "EnvironmentContainerReferenceParam",
    "InputShellToolCallOutput",
    "OutputShellOutputContent",
    "OutcomeFunctionShellCallOutputTimeoutOutcomeParam",
    "OutcomeFunctionShellCallOutputExitOutcomeParam",
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
    "ErrorMCPProtocolError",
    "ErrorMCPToolExecutionError",
    "ErrorHTTPError",
    "InputCustomToolCallOutput",
    "OutputInputTextContent",
    "OutputInputImageContent",
    "OutputInputFileContent",
    "InputCustomToolCall",
    "InputCompactionTrigger",
    "InputItemReference",
    "InputProgramItemParam",
    "InputProgramOutputItemParam",
    "Content",
    "Content2",
    "Annotation",
    "Action",
    "Action2",
    "Caller",
    "Output2",
    "Caller2",
    "Output3",
    "Environment",
    "Outcome",
    "Operation",
    "Error",
    "Output4",
]


class Input(TypedDict, total=False):
    content: Required[str | Iterable[Content]]
    role: Required[Literal["assistant", "developer", "system", "user"]]
    phase: Literal["commentary", "final_answer"] | None
    type: Literal["message"]


class ContentInputTextContent(TypedDict, total=False):
    text: Required[str]
    type: Required[Literal["input_text"]]
    prompt_cache_breakpoint: PromptCacheBreakpoint


class PromptCacheBreakpoint(TypedDict, total=False):
    mode: Required[Literal["explicit"]]


class ContentInputImageContent(TypedDict, total=False):
    detail: Required[Literal["auto", "high", "low", "original"]]
    type: Required[Literal["input_image"]]
    file_id: str | None
    image_url: str | None
    prompt_cache_breakpoint: PromptCacheBreakpoint


class ContentInputFileContent(TypedDict, total=False):
    type: Required[Literal["input_file"]]
    detail: Literal["auto", "high", "low"]
    file_data: str
    file_id: str | None
    file_url: str
    filename: str
    prompt_cache_breakpoint: PromptCacheBreakpoint


class InputInputMessage(TypedDict, total=False):
    content: Required[Iterable[Content]]
    role: Required[Literal["developer", "system", "user"]]
    status: Literal["completed", "in_progress", "incomplete"]
    type: Literal["message"]


class InputResponseOutputMessage(TypedDict, total=False):
    content: Required[Iterable[Content2]]
    id: Required[str]
    role: Required[Literal["assistant"]]
    status: Required[Literal["completed", "in_progress", "incomplete"]]
    type: Required[Literal["message"]]
    phase: Literal["commentary", "final_answer"] | None


class ContentResponseOutputText(TypedDict, total=False):
    annotations: Required[Iterable[Annotation]]
    logprobs: Required[Iterable[Logprob]]
    text: Required[str]
    type: Required[Literal["output_text"]]


class AnnotationFileCitation(TypedDict, total=False):
    file_id: Required[str]
    filename: Required[str]
    index: Required[int]
    type: Required[Literal["file_citation"]]


class AnnotationURLCitation(TypedDict, total=False):
    end_index: Required[int]
    start_index: Required[int]
    title: Required[str]
    type: Required[Literal["url_citation"]]
    url: Required[str]


class AnnotationContainerFileCitation(TypedDict, total=False):
    container_id: Required[str]
    end_index: Required[int]
    file_id: Required[str]
    filename: Required[str]
    start_index: Required[int]
    type: Required[Literal["container_file_citation"]]


class AnnotationFilePath(TypedDict, total=False):
    file_id: Required[str]
    index: Required[int]
    type: Required[Literal["file_path"]]


class Logprob(TypedDict, total=False):
    bytes: Required[SequenceNotStr[int]]
    logprob: Required[float]
    token: Required[str]
    top_logprobs: Required[Iterable[TopLogprob]]


class TopLogprob(TypedDict, total=False):
    bytes: Required[SequenceNotStr[int]]
    logprob: Required[float]
    token: Required[str]


class ContentRefusal(TypedDict, total=False):
    refusal: Required[str]
    type: Required[Literal["refusal"]]


class InputResponseFileSearchToolCall(TypedDict, total=False):
    id: Required[str]
    queries: Required[SequenceNotStr[str]]
    status: Required[Literal["completed", "failed", "in_progress", "incomplete", "searching"]]
    type: Required[Literal["file_search_call"]]
    results: Iterable[Result] | None


class Result(TypedDict, total=False):
    attributes: dict[str, str | float | bool] | None
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard. Keys are
    strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters,
    booleans, or numbers.
    """
    file_id: str
    filename: str
    score: float
    text: str


class InputComputerToolCall(TypedDict, total=False):
    call_id: Required[str]
    id: Required[str]
    pending_safety_checks: Required[Iterable[PendingSafetyCheck]]
    status: Required[Literal["completed", "in_progress", "incomplete"]]
    type: Required[Literal["computer_call"]]
    action: Action
    actions: Iterable[Action]


class PendingSafetyCheck(TypedDict, total=False):
    id: Required[str]
    code: str | None
    message: str | None


class ActionClick(TypedDict, total=False):
    button: Required[Literal["back", "forward", "left", "right", "wheel"]]
    type: Required[Literal["click"]]
    x: Required[int]
    y: Required[int]
    keys: SequenceNotStr[str] | None


class ActionDoubleClick(TypedDict, total=False):
    keys: Required[SequenceNotStr[str] | None]
    type: Required[Literal["double_click"]]
    x: Required[int]
    y: Required[int]


class ActionDrag(TypedDict, total=False):
    path: Required[Iterable[Path]]
    type: Required[Literal["drag"]]
    keys: SequenceNotStr[str] | None


class Path(TypedDict, total=False):
    x: Required[int]
    y: Required[int]


class ActionKeyPress(TypedDict, total=False):
    keys: Required[SequenceNotStr[str]]
    type: Required[Literal["keypress"]]


class ActionMove(TypedDict, total=False):
    type: Required[Literal["move"]]
    x: Required[int]
    y: Required[int]
    keys: SequenceNotStr[str] | None


class ActionScreenshot(TypedDict, total=False):
    type: Required[Literal["screenshot"]]


class ActionScroll(TypedDict, total=False):
    scroll_x: Required[int]
    scroll_y: Required[int]
    type: Required[Literal["scroll"]]
    x: Required[int]
    y: Required[int]
    keys: SequenceNotStr[str] | None


class ActionType(TypedDict, total=False):
    text: Required[str]
    type: Required[Literal["type"]]


class ActionWait(TypedDict, total=False):
    type: Required[Literal["wait"]]


class InputComputerCallOutputItemParam(TypedDict, total=False):
    call_id: Required[str]
    output: Required[Output]
    type: Required[Literal["computer_call_output"]]
    acknowledged_safety_checks: Iterable[AcknowledgedSafetyCheck] | None
    id: str | None
    status: Literal["completed", "in_progress", "incomplete"] | None


class Output(TypedDict, total=False):
    type: Required[Literal["computer_screenshot"]]
    file_id: str
    image_url: str


class AcknowledgedSafetyCheck(TypedDict, total=False):
    id: Required[str]
    code: str | None
    message: str | None


class InputWebSearchToolCall(TypedDict, total=False):
    action: Required[Action2]
    id: Required[str]
    status: Required[Literal["completed", "failed", "in_progress", "searching"]]
    type: Required[Literal["web_search_call"]]


class ActionSearchAction(TypedDict, total=False):
    type: Required[Literal["search"]]
    queries: SequenceNotStr[str]
    query: str
    """Deprecated."""
    sources: Iterable[Source]


class Source(TypedDict, total=False):
    type: Required[Literal["url"]]
    url: Required[str]


class ActionOpenPageAction(TypedDict, total=False):
    type: Required[Literal["open_page"]]
    url: str | None


class ActionFindAction(TypedDict, total=False):
    pattern: Required[str]
    type: Required[Literal["find_in_page"]]
    url: Required[str]


class InputResponseFunctionToolCall(TypedDict, total=False):
    arguments: Required[str]
    call_id: Required[str]
    name: Required[str]
    type: Required[Literal["function_call"]]
    caller: Caller | None
    id: str
    namespace: str
    status: Literal["completed", "in_progress", "incomplete"]


class CallerDirectToolCallCaller(TypedDict, total=False):
    type: Required[Literal["direct"]]


class CallerProgramToolCallCaller(TypedDict, total=False):
    caller_id: Required[str]
    type: Required[Literal["program"]]


class InputFunctionCallOutputItemParam(TypedDict, total=False):
    output: Required[str | Iterable[Output2]]
    type: Required[Literal["function_call_output"]]
    call_id: str | None
    caller: Caller2 | None
    id: str | None
    name: str | None
    namespace: str | None
    status: Literal["completed", "in_progress", "incomplete"] | None


class OutputInputTextContentParam(TypedDict, total=False):
    text: Required[str]
    type: Required[Literal["input_text"]]
    prompt_cache_breakpoint: PromptCacheBreakpointPromptCacheBreakpointParam | None


class PromptCacheBreakpointPromptCacheBreakpointParam(TypedDict, total=False):
    mode: Required[Literal["explicit"]]


class OutputInputImageContentParamAutoParam(TypedDict, total=False):
    type: Required[Literal["input_image"]]
    detail: Literal["auto", "high", "low", "original"] | None
    file_id: str | None
    image_url: str | None
    prompt_cache_breakpoint: PromptCacheBreakpointPromptCacheBreakpointParam | None


class OutputInputFileContentParam(TypedDict, total=False):
    type: Required[Literal["input_file"]]
    detail: Literal["auto", "high", "low"]
    file_data: str | None
    file_id: str | None
    file_url: str | None
    filename: str | None
    prompt_cache_breakpoint: PromptCacheBreakpointPromptCacheBreakpointParam | None


class CallerDirectToolCallCallerParam(TypedDict, total=False):
    type: Required[Literal["direct"]]


class CallerProgramToolCallCallerParam(TypedDict, total=False):
    caller_id: Required[str]
    type: Required[Literal["program"]]


class InputToolSearchCallItemParam(TypedDict, total=False):
    arguments: Required[dict[str, Any]]
    type: Required[Literal["tool_search_call"]]
    call_id: str | None
    execution: Literal["client", "server"]
    id: str | None
    status: Literal["completed", "in_progress", "incomplete"] | None


class InputToolSearchOutputItemParam(TypedDict, total=False):
    tools: Required[Iterable[ToolParam]]
    type: Required[Literal["tool_search_output"]]
    call_id: str | None
    execution: Literal["client", "server"]
    id: str | None
    status: Literal["completed", "in_progress", "incomplete"] | None


class InputAdditionalToolsItemParam(TypedDict, total=False):
    role: Required[Literal["developer"]]
    tools: Required[Iterable[ToolParam]]
    type: Required[Literal["additional_tools"]]
    id: str | None


class InputResponseReasoningItem(TypedDict, total=False):
    id: Required[str]
    summary: Required[Iterable[Summary]]
    type: Required[Literal["reasoning"]]
    content: Iterable[ContentReasoningText]
    encrypted_content: str | None
    status: Literal["completed", "in_progress", "incomplete"]


class Summary(TypedDict, total=False):
    text: Required[str]
    type: Required[Literal["summary_text"]]


class ContentReasoningText(TypedDict, total=False):
    text: Required[str]
    type: Required[Literal["reasoning_text"]]


class InputCompactionSummaryItemParam(TypedDict, total=False):
    encrypted_content: Required[str]
    type: Required[Literal["compaction"]]
    id: str | None


class InputImageGenerationCall(TypedDict, total=False):
    id: Required[str]
    result: Required[str | None]
    status: Required[Literal["completed", "failed", "generating", "in_progress"]]
    type: Required[Literal["image_generation_call"]]


class InputCodeInterpreterToolCall(TypedDict, total=False):
    code: Required[str | None]
    container_id: Required[str]
    id: Required[str]
    outputs: Required[Iterable[Output3] | None]
    status: Required[Literal["completed", "failed", "in_progress", "incomplete", "interpreting"]]
    type: Required[Literal["code_interpreter_call"]]


class OutputCodeInterpreterOutputLogs(TypedDict, total=False):
    logs: Required[str]
    type: Required[Literal["logs"]]


class OutputCodeInterpreterOutputImage(TypedDict, total=False):
    type: Required[Literal["image"]]
    url: Required[str]


class InputLocalShellCall(TypedDict, total=False):
    action: Required[ActionLocalShellExecAction]
    call_id: Required[str]
    id: Required[str]
    status: Required[Literal["completed", "in_progress", "incomplete"]]
    type: Required[Literal["local_shell_call"]]


class ActionLocalShellExecAction(TypedDict, total=False):
    command: Required[SequenceNotStr[str]]
    env: Required[dict[str, str]]
    type: Required[Literal["exec"]]
    timeout_ms: int | None
    user: str | None
    working_directory: str | None


class InputLocalShellCallOutput(TypedDict, total=False):
    id: Required[str]
    output: Required[str]
    type: Required[Literal["local_shell_call_output"]]
    status: Literal["completed", "in_progress", "incomplete"] | None


class InputFunctionShellCallItemParam(TypedDict, total=False):
    action: Required[ActionShellAction]
    call_id: Required[str]
    type: Required[Literal["shell_call"]]
    caller: Caller2 | None
    environment: Environment | None
    id: str | None
    status: Literal["completed", "in_progress", "incomplete"] | None


class ActionShellAction(TypedDict, total=False):
    commands: Required[SequenceNotStr[str]]
    max_output_length: int | None
    timeout_ms: int | None


class EnvironmentLocalEnvironmentParam(TypedDict, total=False):
    type: Required[Literal["local"]]
    skills: Iterable[Skill]


class Skill(TypedDict, total=False):
    description: Required[str]
    name: Required[str]
    path: Required[str]


class EnvironmentContainerReferenceParam(TypedDict, total=False):
    container_id: Required[str]
    type: Required[Literal["container_reference"]]


class InputShellToolCallOutput(TypedDict, total=False):
    call_id: Required[str]
    output: Required[Iterable[OutputShellOutputContent]]
    type: Required[Literal["shell_call_output"]]
    caller: Caller2 | None
    id: str | None
    max_output_length: int | None
    status: Literal["completed", "in_progress", "incomplete"] | None


class OutputShellOutputContent(TypedDict, total=False):
    outcome: Required[Outcome]
    stderr: Required[str]
    stdout: Required[str]


class OutcomeFunctionShellCallOutputTimeoutOutcomeParam(TypedDict, total=False):
    type: Required[Literal["timeout"]]


class OutcomeFunctionShellCallOutputExitOutcomeParam(TypedDict, total=False):
    exit_code: Required[int]
    type: Required[Literal["exit"]]


class InputApplyPatchToolCallItemParam(TypedDict, total=False):
    call_id: Required[str]
    operation: Required[Operation]
    status: Required[Literal["completed", "in_progress"]]
    type: Required[Literal["apply_patch_call"]]
    caller: Caller2 | None
    id: str | None


class OperationApplyPatchCreateFileOperationParam(TypedDict, total=False):
    diff: Required[str]
    path: Required[str]
    type: Required[Literal["create_file"]]


class OperationApplyPatchDeleteFileOperationParam(TypedDict, total=False):
    path: Required[str]
    type: Required[Literal["delete_file"]]


class OperationApplyPatchUpdateFileOperationParam(TypedDict, total=False):
    diff: Required[str]
    path: Required[str]
    type: Required[Literal["update_file"]]


class InputApplyPatchToolCallOutputItemParam(TypedDict, total=False):
    call_id: Required[str]
    status: Required[Literal["completed", "failed"]]
    type: Required[Literal["apply_patch_call_output"]]
    caller: Caller2 | None
    id: str | None
    output: str | None


class InputMCPListTools(TypedDict, total=False):
    id: Required[str]
    server_label: Required[str]
    tools: Required[Iterable[Tool]]
    type: Required[Literal["mcp_list_tools"]]
    error: str | None


class Tool(TypedDict, total=False):
    input_schema: Required[dict[str, Any]]
    name: Required[str]
    annotations: dict[str, Any] | None
    description: str | None


class InputMCPApprovalRequest(TypedDict, total=False):
    arguments: Required[str]
    id: Required[str]
    name: Required[str]
    server_label: Required[str]
    type: Required[Literal["mcp_approval_request"]]


class InputMCPApprovalResponse(TypedDict, total=False):
    approval_request_id: Required[str]
    approve: Required[bool]
    type: Required[Literal["mcp_approval_response"]]
    id: str | None
    reason: str | None


class InputMCPToolCall(TypedDict, total=False):
    arguments: Required[str]
    id: Required[str]
    name: Required[str]
    server_label: Required[str]
    type: Required[Literal["mcp_call"]]
    approval_request_id: str | None
    error: Error | None
    output: str | None
    status: Literal["calling", "completed", "failed", "in_progress", "incomplete"]


class ErrorMCPProtocolError(TypedDict, total=False):
    code: Required[int]
    message: Required[str]
    type: Required[Literal["mcp_protocol_error"]]


class ErrorMCPToolExecutionError(TypedDict, total=False):
    content: Required[Any]
    type: Required[Literal["mcp_tool_execution_error"]]


class ErrorHTTPError(TypedDict, total=False):
    code: Required[int]
    message: Required[str]
    type: Required[Literal["http_error"]]


class InputCustomToolCallOutput(TypedDict, total=False):
    call_id: Required[str]
    output: Required[str | Iterable[Output4]]
    type: Required[Literal["custom_tool_call_output"]]
    caller: Caller2 | None
    id: str


class OutputInputTextContent(TypedDict, total=False):
    text: Required[str]
    type: Required[Literal["input_text"]]
    prompt_cache_breakpoint: PromptCacheBreakpoint


class OutputInputImageContent(TypedDict, total=False):
    detail: Required[Literal["auto", "high", "low", "original"]]
    type: Required[Literal["input_image"]]
    file_id: str | None
    image_url: str | None
    prompt_cache_breakpoint: PromptCacheBreakpoint


class OutputInputFileContent(TypedDict, total=False):
    type: Required[Literal["input_file"]]
    detail: Literal["auto", "high", "low"]
    file_data: str
    file_id: str | None
    file_url: str
    filename: str
    prompt_cache_breakpoint: PromptCacheBreakpoint


class InputCustomToolCall(TypedDict, total=False):
    call_id: Required[str]
    input: Required[str]
    name: Required[str]
    type: Required[Literal["custom_tool_call"]]
    caller: Caller | None
    id: str
    namespace: str


class InputCompactionTrigger(TypedDict, total=False):
    type: Required[Literal["compaction_trigger"]]


class InputItemReference(TypedDict, total=False):
    id: Required[str]
    type: Literal["item_reference"] | None


class InputProgramItemParam(TypedDict, total=False):
    call_id: Required[str]
    code: Required[str]
    fingerprint: Required[str]
    id: Required[str]
    type: Required[Literal["program"]]


class InputProgramOutputItemParam(TypedDict, total=False):
    call_id: Required[str]
    id: Required[str]
    result: Required[str]
    status: Required[Literal["completed", "incomplete"]]
    type: Required[Literal["program_output"]]


Content: TypeAlias = ContentInputTextContent | ContentInputImageContent | ContentInputFileContent

Content2: TypeAlias = ContentResponseOutputText | ContentRefusal

Annotation: TypeAlias = (
    AnnotationFileCitation | AnnotationURLCitation | AnnotationContainerFileCitation | AnnotationFilePath
)

Action: TypeAlias = (
    ActionClick
    | ActionDoubleClick
    | ActionDrag
    | ActionKeyPress
    | ActionMove
    | ActionScreenshot
    | ActionScroll
    | ActionType
    | ActionWait
)

Action2: TypeAlias = ActionSearchAction | ActionOpenPageAction | ActionFindAction

Caller: TypeAlias = CallerDirectToolCallCaller | CallerProgramToolCallCaller

Output2: TypeAlias = OutputInputTextContentParam | OutputInputImageContentParamAutoParam | OutputInputFileContentParam

Caller2: TypeAlias = CallerDirectToolCallCallerParam | CallerProgramToolCallCallerParam

Output3: TypeAlias = OutputCodeInterpreterOutputLogs | OutputCodeInterpreterOutputImage

Environment: TypeAlias = EnvironmentLocalEnvironmentParam | EnvironmentContainerReferenceParam

Outcome: TypeAlias = OutcomeFunctionShellCallOutputTimeoutOutcomeParam | OutcomeFunctionShellCallOutputExitOutcomeParam

Operation: TypeAlias = (
    OperationApplyPatchCreateFileOperationParam
    | OperationApplyPatchDeleteFileOperationParam
    | OperationApplyPatchUpdateFileOperationParam
)

Error: TypeAlias = ErrorMCPProtocolError | ErrorMCPToolExecutionError | ErrorHTTPError

Output4: TypeAlias = OutputInputTextContent | OutputInputImageContent | OutputInputFileContent

ResponseInputItemParam: TypeAlias = (
    Input
    | InputInputMessage
    | InputResponseOutputMessage
    | InputResponseFileSearchToolCall
    | InputComputerToolCall
    | InputComputerCallOutputItemParam
    | InputWebSearchToolCall
    | InputResponseFunctionToolCall
    | InputFunctionCallOutputItemParam
    | InputToolSearchCallItemParam
    | InputToolSearchOutputItemParam
    | InputAdditionalToolsItemParam
    | InputResponseReasoningItem
    | InputCompactionSummaryItemParam
    | InputImageGenerationCall
    | InputCodeInterpreterToolCall
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
    | InputCustomToolCallOutput
    | InputCustomToolCall
    | InputCompactionTrigger
    | InputItemReference
    | InputProgramItemParam
    | InputProgramOutputItemParam
)
