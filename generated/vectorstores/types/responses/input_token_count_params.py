# Generated from openapi.yaml by make generate; do not edit.
"""``InputTokenCountParams`` and the request types it nests: the parameters of ``client.responses.input_tokens.count()``, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores.types.responses.response_input_item_param import ResponseInputItemParam
from vectorstores.types.responses.tool_param import ToolParam
from vectorstores.types.shared_params.reasoning import Reasoning

__all__ = [
    "InputTokenCountParams",
    "Conversation",
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
    "Format",
    "ToolChoice",
]


class InputTokenCountParams(TypedDict, total=False):
    conversation: Conversation | str | None
    input: str | Iterable[ResponseInputItemParam] | None
    instructions: str | None
    model: str | None
    parallel_tool_calls: bool | None
    personality: str | Literal["friendly", "pragmatic"]
    previous_response_id: str | None
    reasoning: Reasoning | None
    text: Text | None
    tool_choice: ToolChoice | Literal["auto", "none", "required"] | None
    tools: Iterable[ToolParam] | None
    truncation: Literal["auto", "disabled"]


class Conversation(TypedDict, total=False):
    id: Required[str]


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
