# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCompactParams`` and the request types it nests: the parameters of ``client.responses.compact()``, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr
from vectorstores.types.shared_params.comparison_filter import ComparisonFilter
from vectorstores.types.shared_params.compound_filter import CompoundFilter

__all__ = [
    "ResponseCompactParams",
    "Input",
    "Content",
    "PromptCacheBreakpoint",
    "ContentInputImageContent",
    "ContentInputFileContent",
    "InputInputMessage",
    "InputResponseOutputMessage",
    "ContentOutputText",
    "Annotation",
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
    "Action",
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
    "Caller",
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
    "Tool",
    "ToolFileSearch",
    "RankingOptions",
    "HybridSearch",
    "ToolComputer",
    "ToolComputerUsePreview",
    "ToolWebSearch",
    "Filters",
    "UserLocation",
    "ToolMCPTool",
    "AllowedTools",
    "RequireApproval",
    "Always",
    "Never",
    "ToolCodeInterpreter",
    "Container",
    "NetworkPolicy",
    "NetworkPolicyContainerNetworkPolicyAllowlistParam",
    "DomainSecret",
    "ToolProgrammaticToolCallingParam",
    "ToolImageGenerationTool",
    "InputImageMask",
    "ToolLocalShellTool",
    "ToolShellTool",
    "Environment",
    "Skill",
    "SkillInlineSkillParam",
    "SourceInlineSkillSourceParam",
    "EnvironmentLocalEnvironmentParam",
    "SkillLocalSkillParam",
    "EnvironmentContainerReferenceParam",
    "ToolCustomToolParam",
    "Format",
    "FormatGrammarFormat",
    "ToolNamespace",
    "ToolFunctionToolParam",
    "ToolToolSearchTool",
    "ToolWebSearchPreview",
    "UserLocationApproximateLocation",
    "ToolApplyPatchTool",
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
    "InputShellToolCallOutput",
    "OutputShellOutputContent",
    "Outcome",
    "OutcomeFunctionShellCallOutputExitOutcomeParam",
    "InputApplyPatchToolCallItemParam",
    "Operation",
    "OperationApplyPatchDeleteFileOperationParam",
    "OperationApplyPatchUpdateFileOperationParam",
    "InputApplyPatchToolCallOutputItemParam",
    "InputMCPListTools",
    "ToolMCPListToolsTool",
    "InputMCPApprovalRequest",
    "InputMCPApprovalResponse",
    "InputMCPToolCall",
    "Error",
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
    "PromptCacheOptions",
    "Filters",
]


class ResponseCompactParams(TypedDict, total=False):
    model: Required[
        str
        | Literal[
            "chatgpt-4o-latest",
            "codex-mini-latest",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0301",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-audio-preview",
            "gpt-4o-audio-preview-2024-10-01",
            "gpt-4o-audio-preview-2024-12-17",
            "gpt-4o-audio-preview-2025-06-03",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4o-mini-audio-preview",
            "gpt-4o-mini-audio-preview-2024-12-17",
            "gpt-4o-mini-search-preview",
            "gpt-4o-mini-search-preview-2025-03-11",
            "gpt-4o-search-preview",
            "gpt-4o-search-preview-2025-03-11",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-chat-latest",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "gpt-5.1",
            "gpt-5.1-2025-11-13",
            "gpt-5.1-chat-latest",
            "gpt-5.1-codex",
            "gpt-5.1-mini",
            "gpt-5.2",
            "gpt-5.2-2025-12-11",
            "gpt-5.2-chat-latest",
            "gpt-5.2-pro",
            "gpt-5.2-pro-2025-12-11",
            "gpt-5.3-chat-latest",
            "gpt-5.4",
            "gpt-5.4-mini",
            "gpt-5.4-mini-2026-03-17",
            "gpt-5.4-nano",
            "gpt-5.4-nano-2026-03-17",
            "gpt-5.5",
            "gpt-5.5-2026-04-23",
            "gpt-5.6-luna",
            "gpt-5.6-sol",
            "gpt-5.6-terra",
            "o1",
            "o1-2024-12-17",
            "o1-mini",
            "o1-mini-2024-09-12",
            "o1-preview",
            "o1-preview-2024-09-12",
            "o3",
            "o3-2025-04-16",
            "o3-mini",
            "o3-mini-2025-01-31",
            "o4-mini",
            "o4-mini-2025-04-16",
        ]
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
        | None
    ]
    input: str | Iterable[Input] | None
    instructions: str | None
    previous_response_id: str | None
    prompt_cache_key: str | None
    prompt_cache_options: PromptCacheOptions | None
    prompt_cache_retention: Literal["24h", "in_memory"] | None
    service_tier: Literal["auto", "default", "fast", "flex", "priority"] | None


class Input(TypedDict, total=False):
    content: Required[str | Iterable[Content]]
    role: Required[Literal["assistant", "developer", "system", "user"]]
    phase: Literal["commentary", "final_answer"] | None
    type: Literal["message"]


class Content(TypedDict, total=False):
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
    content: Required[Iterable[Content]]
    id: Required[str]
    role: Required[Literal["assistant"]]
    status: Required[Literal["completed", "in_progress", "incomplete"]]
    type: Required[Literal["message"]]
    phase: Literal["commentary", "final_answer"] | None


class ContentOutputText(TypedDict, total=False):
    annotations: Required[Iterable[Annotation]]
    logprobs: Required[Iterable[Logprob]]
    text: Required[str]
    type: Required[Literal["output_text"]]


class Annotation(TypedDict, total=False):
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


class Action(TypedDict, total=False):
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
    action: Required[Action]
    id: Required[str]
    status: Required[Literal["completed", "failed", "in_progress", "searching"]]
    type: Required[Literal["web_search_call"]]


class ActionSearchAction(TypedDict, total=False):
    type: Required[Literal["search"]]
    queries: SequenceNotStr[str]
    query: str
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


class Caller(TypedDict, total=False):
    type: Required[Literal["direct"]]


class CallerProgramToolCallCaller(TypedDict, total=False):
    caller_id: Required[str]
    type: Required[Literal["program"]]


class InputFunctionCallOutputItemParam(TypedDict, total=False):
    output: Required[str | Iterable[Output]]
    type: Required[Literal["function_call_output"]]
    call_id: str | None
    caller: Caller | None
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
    tools: Required[Iterable[Tool]]
    type: Required[Literal["tool_search_output"]]
    call_id: str | None
    execution: Literal["client", "server"]
    id: str | None
    status: Literal["completed", "in_progress", "incomplete"] | None


class Tool(TypedDict, total=False):
    name: Required[str]
    parameters: Required[dict[str, Any] | None]
    strict: Required[bool | None]
    type: Required[Literal["function"]]
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    defer_loading: bool
    description: str | None
    output_schema: dict[str, Any] | None


class ToolFileSearch(TypedDict, total=False):
    type: Required[Literal["file_search"]]
    vector_store_ids: Required[SequenceNotStr[str]]
    filters: Filters | None
    max_num_results: int
    ranking_options: RankingOptions


class RankingOptions(TypedDict, total=False):
    hybrid_search: HybridSearch
    ranker: Literal["auto", "default-2024-11-15"]
    score_threshold: float


class HybridSearch(TypedDict, total=False):
    embedding_weight: Required[float]
    text_weight: Required[float]


class ToolComputer(TypedDict, total=False):
    type: Required[Literal["computer"]]


class ToolComputerUsePreview(TypedDict, total=False):
    display_height: Required[int]
    display_width: Required[int]
    environment: Required[Literal["browser", "linux", "mac", "ubuntu", "windows"]]
    type: Required[Literal["computer_use_preview"]]


class ToolWebSearch(TypedDict, total=False):
    type: Required[Literal["web_search", "web_search_2025_08_26"]]
    external_web_access: bool
    filters: Filters | None
    search_context_size: Literal["high", "low", "medium"]
    user_location: UserLocation | None


class Filters(TypedDict, total=False):
    allowed_domains: SequenceNotStr[str] | None


class UserLocation(TypedDict, total=False):
    city: str | None
    country: str | None
    region: str | None
    timezone: str | None
    type: Literal["approximate"]


class ToolMCPTool(TypedDict, total=False):
    server_label: Required[str]
    type: Required[Literal["mcp"]]
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    allowed_tools: AllowedTools | SequenceNotStr[str] | None
    authorization: str
    connector_id: Literal[
        "connector_dropbox",
        "connector_gmail",
        "connector_googlecalendar",
        "connector_googledrive",
        "connector_microsoftteams",
        "connector_outlookcalendar",
        "connector_outlookemail",
        "connector_sharepoint",
    ]
    defer_loading: bool
    headers: dict[str, str] | None
    require_approval: RequireApproval | Literal["always", "never"] | None
    server_description: str
    server_url: str
    tunnel_id: str


class AllowedTools(TypedDict, total=False):
    read_only: bool
    tool_names: SequenceNotStr[str]


class RequireApproval(TypedDict, total=False):
    always: Always
    never: Never


class Always(TypedDict, total=False):
    read_only: bool
    tool_names: SequenceNotStr[str]


class Never(TypedDict, total=False):
    read_only: bool
    tool_names: SequenceNotStr[str]


class ToolCodeInterpreter(TypedDict, total=False):
    container: Required[Container | str]
    type: Required[Literal["code_interpreter"]]
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None


class Container(TypedDict, total=False):
    type: Required[Literal["auto"]]
    file_ids: SequenceNotStr[str]
    memory_limit: Literal["16g", "1g", "4g", "64g"] | None
    network_policy: NetworkPolicy


class NetworkPolicy(TypedDict, total=False):
    type: Required[Literal["disabled"]]


class NetworkPolicyContainerNetworkPolicyAllowlistParam(TypedDict, total=False):
    allowed_domains: Required[SequenceNotStr[str]]
    type: Required[Literal["allowlist"]]
    domain_secrets: Iterable[DomainSecret]


class DomainSecret(TypedDict, total=False):
    domain: Required[str]
    name: Required[str]
    value: Required[str]


class ToolProgrammaticToolCallingParam(TypedDict, total=False):
    type: Required[Literal["programmatic_tool_calling"]]


class ToolImageGenerationTool(TypedDict, total=False):
    type: Required[Literal["image_generation"]]
    action: Literal["auto", "edit", "generate"]
    background: Literal["auto", "opaque", "transparent"]
    input_fidelity: Literal["high", "low"] | None
    input_image_mask: InputImageMask
    model: str | Literal["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "gpt-image-2", "gpt-image-2-2026-04-21"]
    moderation: Literal["auto", "low"]
    output_compression: int
    output_format: Literal["jpeg", "png", "webp"]
    partial_images: int
    quality: Literal["auto", "high", "low", "medium"]
    size: str | Literal["1024x1024", "1024x1536", "1536x1024", "auto"]


class InputImageMask(TypedDict, total=False):
    file_id: str
    image_url: str


class ToolLocalShellTool(TypedDict, total=False):
    type: Required[Literal["local_shell"]]


class ToolShellTool(TypedDict, total=False):
    type: Required[Literal["shell"]]
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    environment: Environment | None


class Environment(TypedDict, total=False):
    type: Required[Literal["container_auto"]]
    file_ids: SequenceNotStr[str]
    memory_limit: Literal["16g", "1g", "4g", "64g"] | None
    network_policy: NetworkPolicy
    skills: Iterable[Skill]


class Skill(TypedDict, total=False):
    skill_id: Required[str]
    type: Required[Literal["skill_reference"]]
    version: str


class SkillInlineSkillParam(TypedDict, total=False):
    description: Required[str]
    name: Required[str]
    source: Required[SourceInlineSkillSourceParam]
    type: Required[Literal["inline"]]


class SourceInlineSkillSourceParam(TypedDict, total=False):
    data: Required[str]
    media_type: Required[Literal["application/zip"]]
    type: Required[Literal["base64"]]


class EnvironmentLocalEnvironmentParam(TypedDict, total=False):
    type: Required[Literal["local"]]
    skills: Iterable[SkillLocalSkillParam]


class SkillLocalSkillParam(TypedDict, total=False):
    description: Required[str]
    name: Required[str]
    path: Required[str]


class EnvironmentContainerReferenceParam(TypedDict, total=False):
    container_id: Required[str]
    type: Required[Literal["container_reference"]]


class ToolCustomToolParam(TypedDict, total=False):
    name: Required[str]
    type: Required[Literal["custom"]]
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    defer_loading: bool
    description: str
    format: Format


class Format(TypedDict, total=False):
    type: Required[Literal["text"]]


class FormatGrammarFormat(TypedDict, total=False):
    definition: Required[str]
    syntax: Required[Literal["lark", "regex"]]
    type: Required[Literal["grammar"]]


class ToolNamespace(TypedDict, total=False):
    description: Required[str]
    name: Required[str]
    tools: Required[Iterable[Tool]]
    type: Required[Literal["namespace"]]


class ToolFunctionToolParam(TypedDict, total=False):
    name: Required[str]
    type: Required[Literal["function"]]
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    defer_loading: bool
    description: str | None
    output_schema: dict[str, Any] | None
    parameters: dict[str, Any] | None
    strict: bool | None


class ToolToolSearchTool(TypedDict, total=False):
    type: Required[Literal["tool_search"]]
    description: str | None
    execution: Literal["client", "server"]
    parameters: dict[str, Any] | None


class ToolWebSearchPreview(TypedDict, total=False):
    type: Required[Literal["web_search_preview", "web_search_preview_2025_03_11"]]
    search_content_types: Iterable[Literal["image", "text"]]
    search_context_size: Literal["high", "low", "medium"]
    user_location: UserLocationApproximateLocation | None


class UserLocationApproximateLocation(TypedDict, total=False):
    type: Required[Literal["approximate"]]
    city: str | None
    country: str | None
    region: str | None
    timezone: str | None


class ToolApplyPatchTool(TypedDict, total=False):
    type: Required[Literal["apply_patch"]]
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None


class InputAdditionalToolsItemParam(TypedDict, total=False):
    role: Required[Literal["developer"]]
    tools: Required[Iterable[Tool]]
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
    outputs: Required[Iterable[Output] | None]
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
    caller: Caller | None
    environment: Environment | None
    id: str | None
    status: Literal["completed", "in_progress", "incomplete"] | None


class ActionShellAction(TypedDict, total=False):
    commands: Required[SequenceNotStr[str]]
    max_output_length: int | None
    timeout_ms: int | None


class InputShellToolCallOutput(TypedDict, total=False):
    call_id: Required[str]
    output: Required[Iterable[OutputShellOutputContent]]
    type: Required[Literal["shell_call_output"]]
    caller: Caller | None
    id: str | None
    max_output_length: int | None
    status: Literal["completed", "in_progress", "incomplete"] | None


class OutputShellOutputContent(TypedDict, total=False):
    outcome: Required[Outcome]
    stderr: Required[str]
    stdout: Required[str]


class Outcome(TypedDict, total=False):
    type: Required[Literal["timeout"]]


class OutcomeFunctionShellCallOutputExitOutcomeParam(TypedDict, total=False):
    exit_code: Required[int]
    type: Required[Literal["exit"]]


class InputApplyPatchToolCallItemParam(TypedDict, total=False):
    call_id: Required[str]
    operation: Required[Operation]
    status: Required[Literal["completed", "in_progress"]]
    type: Required[Literal["apply_patch_call"]]
    caller: Caller | None
    id: str | None


class Operation(TypedDict, total=False):
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
    caller: Caller | None
    id: str | None
    output: str | None


class InputMCPListTools(TypedDict, total=False):
    id: Required[str]
    server_label: Required[str]
    tools: Required[Iterable[ToolMCPListToolsTool]]
    type: Required[Literal["mcp_list_tools"]]
    error: str | None


class ToolMCPListToolsTool(TypedDict, total=False):
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


class Error(TypedDict, total=False):
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
    output: Required[str | Iterable[Output]]
    type: Required[Literal["custom_tool_call_output"]]
    caller: Caller | None
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


class PromptCacheOptions(TypedDict, total=False):
    mode: Literal["explicit", "implicit"]
    ttl: Literal["30m"]


Filters: TypeAlias = ComparisonFilter | CompoundFilter
