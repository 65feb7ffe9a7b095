# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCreateParams`` and the request types it nests: the parameters of ``client.responses.create()``, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores.types.responses.response_input_item_param import ResponseInputItemParam
from vectorstores.types.responses.tool_param import ToolParam
from vectorstores.types.shared_params.reasoning import Reasoning

__all__ = [
    "ResponseCreateParams",
    "ContextManagement",
    "Conversation",
    "Moderation",
    "Policy",
    "Input",
    "Output",
    "Prompt",
    "VariablesInputTextContent",
    "PromptCacheBreakpoint",
    "VariablesInputImageContent",
    "VariablesInputFileContent",
    "PromptCacheOptions",
    "StreamOptions",
    "Text",
    "FormatText",
    "FormatTextResponseFormatJsonSchema",
    "FormatJSONObject",
    "ToolChoiceAllowedTools",
    "ToolChoiceHostedTool",
    "ToolChoiceFunctionTool",
    "ToolChoiceToolChoiceMCP",
    "ToolChoiceToolChoiceCustom",
    "ToolChoiceSpecificProgrammaticToolCallingParam",
    "ToolChoiceSpecificApplyPatchToolChoice",
    "ToolChoiceSpecificShellToolChoice",
    "Variables",
    "Format",
    "ToolChoice",
]


class ResponseCreateParams(TypedDict, total=False):
    background: bool | None
    context_management: Iterable[ContextManagement] | None
    conversation: Conversation | str | None
    include: (
        Iterable[
            Literal[
                "code_interpreter_call.outputs",
                "computer_call_output.output.image_url",
                "file_search_call.results",
                "message.input_image.image_url",
                "message.output_text.logprobs",
                "reasoning.encrypted_content",
                "web_search_call.action.sources",
                "web_search_call.results",
            ]
        ]
        | None
    )
    input: str | Iterable[ResponseInputItemParam]
    instructions: str | None
    max_output_tokens: int | None
    max_tool_calls: int | None
    metadata: dict[str, str] | None
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
    characters.
    """
    model: (
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
    )
    moderation: Moderation | None
    parallel_tool_calls: bool | None
    previous_response_id: str | None
    prompt: Prompt | None
    prompt_cache_key: str | None
    prompt_cache_options: PromptCacheOptions
    prompt_cache_retention: Literal["24h", "in_memory"] | None
    """Deprecated."""
    reasoning: Reasoning | None
    safety_identifier: str | None
    service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"] | None
    store: bool | None
    stream: bool | None
    stream_options: StreamOptions | None
    temperature: float | None
    text: Text
    tool_choice: ToolChoice | Literal["auto", "none", "required"]
    tools: Iterable[ToolParam]
    top_logprobs: int
    top_p: float | None
    truncation: Literal["auto", "disabled"] | None
    """Deprecated."""
    user: str | None
    """Deprecated."""


class ContextManagement(TypedDict, total=False):
    type: Required[str]
    compact_threshold: int | None


class Conversation(TypedDict, total=False):
    id: Required[str]


class Moderation(TypedDict, total=False):
    model: Required[str]
    policy: Policy | None


class Policy(TypedDict, total=False):
    input: Input | None
    output: Output | None


class Input(TypedDict, total=False):
    mode: Required[Literal["block", "score"]]


class Output(TypedDict, total=False):
    mode: Required[Literal["block", "score"]]


class Prompt(TypedDict, total=False):
    id: Required[str]
    variables: dict[str, Variables | str] | None
    version: str | None


class VariablesInputTextContent(TypedDict, total=False):
    text: Required[str]
    type: Required[Literal["input_text"]]
    prompt_cache_breakpoint: PromptCacheBreakpoint


class PromptCacheBreakpoint(TypedDict, total=False):
    mode: Required[Literal["explicit"]]


class VariablesInputImageContent(TypedDict, total=False):
    detail: Required[Literal["auto", "high", "low", "original"]]
    type: Required[Literal["input_image"]]
    file_id: str | None
    image_url: str | None
    prompt_cache_breakpoint: PromptCacheBreakpoint


class VariablesInputFileContent(TypedDict, total=False):
    type: Required[Literal["input_file"]]
    detail: Literal["auto", "high", "low"]
    file_data: str
    file_id: str | None
    file_url: str
    filename: str
    prompt_cache_breakpoint: PromptCacheBreakpoint


class PromptCacheOptions(TypedDict, total=False):
    mode: Literal["explicit", "implicit"]
    ttl: Literal["30m"]


class StreamOptions(TypedDict, total=False):
    include_obfuscation: bool


class Text(TypedDict, total=False):
    format: Format
    verbosity: Literal["high", "low", "medium"] | None


class FormatText(TypedDict, total=False):
    type: Required[Literal["text"]]


class FormatTextResponseFormatJsonSchema(TypedDict, total=False):
    name: Required[str]
    schema: Required[dict[str, Any]]
    type: Required[Literal["json_schema"]]
    description: str
    strict: bool | None


class FormatJSONObject(TypedDict, total=False):
    type: Required[Literal["json_object"]]


class ToolChoiceAllowedTools(TypedDict, total=False):
    mode: Required[Literal["auto", "required"]]
    tools: Required[Iterable[dict[str, Any]]]
    type: Required[Literal["allowed_tools"]]


class ToolChoiceHostedTool(TypedDict, total=False):
    type: Required[
        Literal[
            "code_interpreter",
            "computer",
            "computer_use",
            "computer_use_preview",
            "file_search",
            "image_generation",
            "web_search_preview",
            "web_search_preview_2025_03_11",
        ]
    ]


class ToolChoiceFunctionTool(TypedDict, total=False):
    name: Required[str]
    type: Required[Literal["function"]]


class ToolChoiceToolChoiceMCP(TypedDict, total=False):
    server_label: Required[str]
    type: Required[Literal["mcp"]]
    name: str | None


class ToolChoiceToolChoiceCustom(TypedDict, total=False):
    name: Required[str]
    type: Required[Literal["custom"]]


class ToolChoiceSpecificProgrammaticToolCallingParam(TypedDict, total=False):
    type: Required[Literal["programmatic_tool_calling"]]


class ToolChoiceSpecificApplyPatchToolChoice(TypedDict, total=False):
    type: Required[Literal["apply_patch"]]


class ToolChoiceSpecificShellToolChoice(TypedDict, total=False):
    type: Required[Literal["shell"]]


Variables: TypeAlias = VariablesInputTextContent | VariablesInputImageContent | VariablesInputFileContent

Format: TypeAlias = FormatText | FormatTextResponseFormatJsonSchema | FormatJSONObject

ToolChoice: TypeAlias = (
    ToolChoiceAllowedTools
    | ToolChoiceHostedTool
    | ToolChoiceFunctionTool
    | ToolChoiceToolChoiceMCP
    | ToolChoiceToolChoiceCustom
    | ToolChoiceSpecificProgrammaticToolCallingParam
    | ToolChoiceSpecificApplyPatchToolChoice
    | ToolChoiceSpecificShellToolChoice
)
