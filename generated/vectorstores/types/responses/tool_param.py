# Generated from openapi.yaml by make generate; do not edit.
"""``ToolParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr
from vectorstores.types.responses.file_search_tool_param import FileSearchToolParam
from vectorstores.types.responses.web_search_tool_param import WebSearchToolParam

__all__ = [
    "ToolParam",
    "Tool",
    "ToolComputer",
    "ToolComputerUsePreview",
    "ToolMCPTool",
    "AllowedTools",
    "RequireApproval",
    "Always",
    "Never",
    "ToolCodeInterpreter",
    "Container",
    "NetworkPolicyContainerNetworkPolicyDisabledParam",
    "NetworkPolicyContainerNetworkPolicyAllowlistParam",
    "DomainSecret",
    "ToolProgrammaticToolCallingParam",
    "ToolImageGenerationTool",
    "InputImageMask",
    "ToolLocalShellTool",
    "ToolShellTool",
    "EnvironmentContainerAutoParam",
    "SkillSkillReferenceParam",
    "SkillInlineSkillParam",
    "Source",
    "EnvironmentLocalEnvironmentParam",
    "SkillLocalSkillParam",
    "EnvironmentContainerReferenceParam",
    "ToolCustomToolParam",
    "FormatTextFormat",
    "FormatGrammarFormat",
    "ToolNamespace",
    "ToolFunctionToolParam",
    "ToolToolSearchTool",
    "ToolWebSearchPreview",
    "UserLocation",
    "ToolApplyPatchTool",
    "NetworkPolicy",
    "Environment",
    "Skill",
    "Format",
    "Tool2",
]


class Tool(TypedDict, total=False):
    name: Required[str]
    parameters: Required[dict[str, Any] | None]
    strict: Required[bool | None]
    type: Required[Literal["function"]]
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    defer_loading: bool
    description: str | None
    output_schema: dict[str, Any] | None


class ToolComputer(TypedDict, total=False):
    type: Required[Literal["computer"]]


class ToolComputerUsePreview(TypedDict, total=False):
    display_height: Required[int]
    display_width: Required[int]
    environment: Required[Literal["browser", "linux", "mac", "ubuntu", "windows"]]
    type: Required[Literal["computer_use_preview"]]


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


class NetworkPolicyContainerNetworkPolicyDisabledParam(TypedDict, total=False):
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


class EnvironmentContainerAutoParam(TypedDict, total=False):
    type: Required[Literal["container_auto"]]
    file_ids: SequenceNotStr[str]
    memory_limit: Literal["16g", "1g", "4g", "64g"] | None
    network_policy: NetworkPolicy
    skills: Iterable[Skill]


class SkillSkillReferenceParam(TypedDict, total=False):
    skill_id: Required[str]
    type: Required[Literal["skill_reference"]]
    version: str


class SkillInlineSkillParam(TypedDict, total=False):
    description: Required[str]
    name: Required[str]
    source: Required[Source]
    type: Required[Literal["inline"]]


class Source(TypedDict, total=False):
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


class FormatTextFormat(TypedDict, total=False):
    type: Required[Literal["text"]]


class FormatGrammarFormat(TypedDict, total=False):
    definition: Required[str]
    syntax: Required[Literal["lark", "regex"]]
    type: Required[Literal["grammar"]]


class ToolNamespace(TypedDict, total=False):
    description: Required[str]
    name: Required[str]
    tools: Required[Iterable[Tool2]]
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
    user_location: UserLocation | None


class UserLocation(TypedDict, total=False):
    type: Required[Literal["approximate"]]
    city: str | None
    country: str | None
    region: str | None
    timezone: str | None


class ToolApplyPatchTool(TypedDict, total=False):
    type: Required[Literal["apply_patch"]]
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None


NetworkPolicy: TypeAlias = (
    NetworkPolicyContainerNetworkPolicyDisabledParam | NetworkPolicyContainerNetworkPolicyAllowlistParam
)

Environment: TypeAlias = (
    EnvironmentContainerAutoParam | EnvironmentLocalEnvironmentParam | EnvironmentContainerReferenceParam
)

Skill: TypeAlias = SkillSkillReferenceParam | SkillInlineSkillParam

Format: TypeAlias = FormatTextFormat | FormatGrammarFormat

Tool2: TypeAlias = ToolFunctionToolParam | ToolCustomToolParam

ToolParam: TypeAlias = (
    Tool
    | FileSearchToolParam
    | ToolComputer
    | ToolComputerUsePreview
    | WebSearchToolParam
    | ToolMCPTool
    | ToolCodeInterpreter
    | ToolProgrammaticToolCallingParam
    | ToolImageGenerationTool
    | ToolLocalShellTool
    | ToolShellTool
    | ToolCustomToolParam
    | ToolNamespace
    | ToolToolSearchTool
    | ToolWebSearchPreview
    | ToolApplyPatchTool
)
