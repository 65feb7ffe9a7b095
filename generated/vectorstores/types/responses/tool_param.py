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
    "ToolComputerTool",
    "ToolComputerUsePreviewTool",
    "ToolMCPTool",
    "AllowedTools",
    "RequireApproval",
    "Always",
    "Never",
    "ToolCodeInterpreter",
    "Container",
    "NetworkPolicyContainerNetworkPolicyDisabled",
    "NetworkPolicyContainerNetworkPolicyAllowlist",
    "DomainSecret",
    "ToolProgrammaticToolCallingParam",
    "ToolImageGenerationTool",
    "InputImageMask",
    "ToolLocalShellTool",
    "ToolFunctionShellTool",
    "EnvironmentContainerAuto",
    "SkillSkillReference",
    "SkillInlineSkill",
    "Source",
    "EnvironmentLocalEnvironment",
    "SkillLocalSkill",
    "EnvironmentContainerReference",
    "ToolCustomTool",
    "FormatTextFormat",
    "FormatGrammarFormat",
    "ToolNamespaceTool",
    "ToolNamespaceToolFunction",
    "ToolToolSearchTool",
    "ToolWebSearchPreviewTool",
    "UserLocation",
    "ToolApplyPatchTool",
    "NetworkPolicy",
    "Environment",
    "Skill",
    "Format",
    "Tool2",
]


class Tool(TypedDict, total=False):
    """Defines a function in your own code the model can choose to call. Learn more about [function
    calling](https://platform.openai.com/docs/guides/function-calling).
    """

    name: Required[str]
    """The name of the function to call."""
    parameters: Required[dict[str, Any] | None]
    """A JSON schema object describing the parameters of the function."""
    strict: Required[bool | None]
    """Whether strict parameter validation is enforced for this function tool."""
    type: Required[Literal["function"]]
    """The type of the function tool. Always `function`."""
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    """The tool invocation context(s)."""
    defer_loading: bool
    """Whether this function is deferred and loaded via tool search."""
    description: str | None
    """A description of the function. Used by the model to determine whether or not to call the function."""
    output_schema: dict[str, Any] | None
    """A JSON schema object describing the JSON value encoded in string outputs for this function."""


class ToolComputerTool(TypedDict, total=False):
    """A tool that controls a virtual computer. Learn more about the [computer
    tool](https://platform.openai.com/docs/guides/tools-computer-use).
    """

    type: Required[Literal["computer"]]
    """The type of the computer tool. Always `computer`."""


class ToolComputerUsePreviewTool(TypedDict, total=False):
    """A tool that controls a virtual computer. Learn more about the [computer
    tool](https://platform.openai.com/docs/guides/tools-computer-use).
    """

    display_height: Required[int]
    """The height of the computer display."""
    display_width: Required[int]
    """The width of the computer display."""
    environment: Required[Literal["browser", "linux", "mac", "ubuntu", "windows"]]
    """The type of computer environment to control."""
    type: Required[Literal["computer_use_preview"]]
    """The type of the computer use tool. Always `computer_use_preview`."""


class ToolMCPTool(TypedDict, total=False):
    """Give the model access to additional tools via remote Model Context Protocol (MCP) servers. [Learn more about
    MCP](/docs/guides/tools-remote-mcp).
    """

    server_label: Required[str]
    """A label for this MCP server, used to identify it in tool calls."""
    type: Required[Literal["mcp"]]
    """The type of the MCP tool. Always `mcp`."""
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    """The tool invocation context(s)."""
    allowed_tools: AllowedTools | SequenceNotStr[str] | None
    """List of allowed tool names or a filter object."""
    authorization: str
    """An OAuth access token that can be used with a remote MCP server, either with a custom MCP server URL or a service
    connector. Your application must handle the OAuth authorization flow and provide the token here.
    """
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
    """Identifier for service connectors, like those available in ChatGPT. One of `server_url`, `connector_id`, or
    `tunnel_id` must be provided. Learn more about service connectors
    [here](/docs/guides/tools-remote-mcp#connectors).

    Currently supported `connector_id` values are:

    - Dropbox: `connector_dropbox`
    - Gmail: `connector_gmail`
    - Google Calendar: `connector_googlecalendar`
    - Google Drive: `connector_googledrive`
    - Microsoft Teams: `connector_microsoftteams`
    - Outlook Calendar: `connector_outlookcalendar`
    - Outlook Email: `connector_outlookemail`
    - SharePoint: `connector_sharepoint`
    """
    defer_loading: bool
    """Whether this MCP tool is deferred and discovered via tool search."""
    headers: dict[str, str] | None
    """Optional HTTP headers to send to the MCP server. Use for authentication or other purposes."""
    require_approval: RequireApproval | Literal["always", "never"] | None
    """Specify which of the MCP server's tools require approval."""
    server_description: str
    """Optional description of the MCP server, used to provide more context."""
    server_url: str
    """The URL for the MCP server. One of `server_url`, `connector_id`, or `tunnel_id` must be provided."""
    tunnel_id: str
    """The Secure MCP Tunnel ID to use instead of a direct server URL. One of `server_url`, `connector_id`, or
    `tunnel_id` must be provided.
    """


class AllowedTools(TypedDict, total=False):
    """A filter object to specify which tools are allowed."""

    read_only: bool
    """Indicates whether or not a tool modifies data or is read-only. If an MCP server is [annotated with
    `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint), it
    will match this filter.
    """
    tool_names: SequenceNotStr[str]
    """List of allowed tool names."""


class RequireApproval(TypedDict, total=False):
    """Specify which of the MCP server's tools require approval. Can be `always`, `never`, or a filter object associated
    with tools that require approval.
    """

    always: Always
    """A filter object to specify which tools are allowed."""
    never: Never
    """A filter object to specify which tools are allowed."""


class Always(TypedDict, total=False):
    """A filter object to specify which tools are allowed."""

    read_only: bool
    """Indicates whether or not a tool modifies data or is read-only. If an MCP server is [annotated with
    `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint), it
    will match this filter.
    """
    tool_names: SequenceNotStr[str]
    """List of allowed tool names."""


class Never(TypedDict, total=False):
    """A filter object to specify which tools are allowed."""

    read_only: bool
    """Indicates whether or not a tool modifies data or is read-only. If an MCP server is [annotated with
    `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint), it
    will match this filter.
    """
    tool_names: SequenceNotStr[str]
    """List of allowed tool names."""


class ToolCodeInterpreter(TypedDict, total=False):
    """A tool that runs Python code to help generate a response to a prompt."""

    container: Required[Container | str]
    """The code interpreter container. Can be a container ID or an object that specifies uploaded file IDs to make
    available to your code, along with an optional `memory_limit` setting.
    """
    type: Required[Literal["code_interpreter"]]
    """The type of the code interpreter tool. Always `code_interpreter`."""
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    """The tool invocation context(s)."""


class Container(TypedDict, total=False):
    """Configuration for a code interpreter container. Optionally specify the IDs of the files to run the code on."""

    type: Required[Literal["auto"]]
    """Always `auto`."""
    file_ids: SequenceNotStr[str]
    """An optional list of uploaded files to make available to your code."""
    memory_limit: Literal["16g", "1g", "4g", "64g"] | None
    """The memory limit for the code interpreter container."""
    network_policy: NetworkPolicy
    """Network access policy for the container."""


class NetworkPolicyContainerNetworkPolicyDisabled(TypedDict, total=False):
    type: Required[Literal["disabled"]]
    """Disable outbound network access. Always `disabled`."""


class NetworkPolicyContainerNetworkPolicyAllowlist(TypedDict, total=False):
    allowed_domains: Required[SequenceNotStr[str]]
    """A list of allowed domains when type is `allowlist`."""
    type: Required[Literal["allowlist"]]
    """Allow outbound network access only to specified domains. Always `allowlist`."""
    domain_secrets: Iterable[DomainSecret]
    """Optional domain-scoped secrets for allowlisted domains."""


class DomainSecret(TypedDict, total=False):
    domain: Required[str]
    """The domain associated with the secret."""
    name: Required[str]
    """The name of the secret to inject for the domain."""
    value: Required[str]
    """The secret value to inject for the domain."""


class ToolProgrammaticToolCallingParam(TypedDict, total=False):
    type: Required[Literal["programmatic_tool_calling"]]
    """The type of the tool. Always `programmatic_tool_calling`."""


class ToolImageGenerationTool(TypedDict, total=False):
    """A tool that generates images using the GPT image models."""

    type: Required[Literal["image_generation"]]
    """The type of the image generation tool. Always `image_generation`."""
    action: Literal["auto", "edit", "generate"]
    """Whether to generate a new image or edit an existing image. Default: `auto`."""
    background: Literal["auto", "opaque", "transparent"]
    """Set the background of the generated image. One of `transparent`, `opaque`, or `auto`. Transparent backgrounds are
    available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in
    preview. When using `transparent`, set the output format to `png` or `webp`. Default: `auto`.
    """
    input_fidelity: Literal["high", "low"] | None
    """Control how much effort the model will exert to match the style and features, especially facial features, of
    input images. This parameter is only supported for `gpt-image-1` and `gpt-image-1.5` and later models,
    unsupported for `gpt-image-1-mini`. Supports `high` and `low`. Defaults to `low`.
    """
    input_image_mask: InputImageMask
    """Optional mask for inpainting. Contains `image_url` (string, optional) and `file_id` (string, optional)."""
    model: str | Literal["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "gpt-image-2", "gpt-image-2-2026-04-21"]
    moderation: Literal["auto", "low"]
    """Moderation level for the generated image. Default: `auto`."""
    output_compression: int
    """Compression level for the output image. Default: 100."""
    output_format: Literal["jpeg", "png", "webp"]
    """The output format of the generated image. One of `png`, `webp`, or `jpeg`. Default: `png`."""
    partial_images: int
    """Number of partial images to generate in streaming mode, from 0 (default value) to 3."""
    quality: Literal["auto", "high", "low", "medium"]
    """The quality of the generated image. One of `low`, `medium`, `high`, or `auto`. Default: `auto`."""
    size: str | Literal["1024x1024", "1024x1536", "1536x1024", "auto"]
    """The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are
    supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and
    the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the
    maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and
    edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models;
    `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or
    `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
    """


class InputImageMask(TypedDict, total=False):
    """Optional mask for inpainting. Contains `image_url` (string, optional) and `file_id` (string, optional)."""

    file_id: str
    """File ID for the mask image."""
    image_url: str
    """Base64-encoded mask image."""


class ToolLocalShellTool(TypedDict, total=False):
    """A tool that allows the model to execute shell commands in a local environment."""

    type: Required[Literal["local_shell"]]
    """The type of the local shell tool. Always `local_shell`."""


class ToolFunctionShellTool(TypedDict, total=False):
    """A tool that allows the model to execute shell commands."""

    type: Required[Literal["shell"]]
    """The type of the shell tool. Always `shell`."""
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    """The tool invocation context(s)."""
    environment: Environment | None


class EnvironmentContainerAuto(TypedDict, total=False):
    type: Required[Literal["container_auto"]]
    """Automatically creates a container for this request"""
    file_ids: SequenceNotStr[str]
    """An optional list of uploaded files to make available to your code."""
    memory_limit: Literal["16g", "1g", "4g", "64g"] | None
    """The memory limit for the container."""
    network_policy: NetworkPolicy
    """Network access policy for the container."""
    skills: Iterable[Skill]
    """An optional list of skills referenced by id or inline data."""


class SkillSkillReference(TypedDict, total=False):
    skill_id: Required[str]
    """The ID of the referenced skill."""
    type: Required[Literal["skill_reference"]]
    """References a skill created with the /v1/skills endpoint."""
    version: str
    """Optional skill version. Use a positive integer or 'latest'. Omit for default."""


class SkillInlineSkill(TypedDict, total=False):
    description: Required[str]
    """The description of the skill."""
    name: Required[str]
    """The name of the skill."""
    source: Required[Source]
    """Inline skill payload"""
    type: Required[Literal["inline"]]
    """Defines an inline skill for this request."""


class Source(TypedDict, total=False):
    """Inline skill payload"""

    data: Required[str]
    """Base64-encoded skill zip bundle."""
    media_type: Required[Literal["application/zip"]]
    """The media type of the inline skill payload. Must be `application/zip`."""
    type: Required[Literal["base64"]]
    """The type of the inline skill source. Must be `base64`."""


class EnvironmentLocalEnvironment(TypedDict, total=False):
    type: Required[Literal["local"]]
    """Use a local computer environment."""
    skills: Iterable[SkillLocalSkill]
    """An optional list of skills."""


class SkillLocalSkill(TypedDict, total=False):
    description: Required[str]
    """The description of the skill."""
    name: Required[str]
    """The name of the skill."""
    path: Required[str]
    """The path to the directory containing the skill."""


class EnvironmentContainerReference(TypedDict, total=False):
    container_id: Required[str]
    """The ID of the referenced container."""
    type: Required[Literal["container_reference"]]
    """References a container created with the /v1/containers endpoint"""


class ToolCustomTool(TypedDict, total=False):
    """A custom tool that processes input using a specified format. Learn more about   [custom
    tools](/docs/guides/function-calling#custom-tools)
    """

    name: Required[str]
    """The name of the custom tool, used to identify it in tool calls."""
    type: Required[Literal["custom"]]
    """The type of the custom tool. Always `custom`."""
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    """The tool invocation context(s)."""
    defer_loading: bool
    """Whether this tool should be deferred and discovered via tool search."""
    description: str
    """Optional description of the custom tool, used to provide more context."""
    format: Format
    """The input format for the custom tool. Default is unconstrained text."""


class FormatTextFormat(TypedDict, total=False):
    """Unconstrained free-form text."""

    type: Required[Literal["text"]]
    """Unconstrained text format. Always `text`."""


class FormatGrammarFormat(TypedDict, total=False):
    """A grammar defined by the user."""

    definition: Required[str]
    """The grammar definition."""
    syntax: Required[Literal["lark", "regex"]]
    """The syntax of the grammar definition. One of `lark` or `regex`."""
    type: Required[Literal["grammar"]]
    """Grammar format. Always `grammar`."""


class ToolNamespaceTool(TypedDict, total=False):
    """Groups function/custom tools under a shared namespace."""

    description: Required[str]
    """A description of the namespace shown to the model."""
    name: Required[str]
    """The namespace name used in tool calls (for example, `crm`)."""
    tools: Required[Iterable[Tool2]]
    """The function/custom tools available inside this namespace."""
    type: Required[Literal["namespace"]]
    """The type of the tool. Always `namespace`."""


class ToolNamespaceToolFunction(TypedDict, total=False):
    name: Required[str]
    type: Required[Literal["function"]]
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    """The tool invocation context(s)."""
    defer_loading: bool
    """Whether this function should be deferred and discovered via tool search."""
    description: str | None
    output_schema: dict[str, Any] | None
    """A JSON Schema describing the JSON value encoded in string outputs for this function tool. This does not describe
    content-array outputs.
    """
    parameters: dict[str, Any] | None
    strict: bool | None
    """Whether to enforce strict parameter validation. If omitted, Responses attempts to use strict validation when the
    schema is compatible, and falls back to non-strict validation otherwise.
    """


class ToolToolSearchTool(TypedDict, total=False):
    """Hosted or BYOT tool search configuration for deferred tools."""

    type: Required[Literal["tool_search"]]
    """The type of the tool. Always `tool_search`."""
    description: str | None
    """Description shown to the model for a client-executed tool search tool."""
    execution: Literal["client", "server"]
    """Whether tool search is executed by the server or by the client."""
    parameters: dict[str, Any] | None
    """Parameter schema for a client-executed tool search tool."""


class ToolWebSearchPreviewTool(TypedDict, total=False):
    """This tool searches the web for relevant results to use in a response. Learn more about the [web search
    tool](https://platform.openai.com/docs/guides/tools-web-search).
    """

    type: Required[Literal["web_search_preview", "web_search_preview_2025_03_11"]]
    """The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`."""
    search_content_types: Iterable[Literal["image", "text"]]
    search_context_size: Literal["high", "low", "medium"]
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or
    `high`. `medium` is the default.
    """
    user_location: UserLocation | None
    """The user's location."""


class UserLocation(TypedDict, total=False):
    type: Required[Literal["approximate"]]
    """The type of location approximation. Always `approximate`."""
    city: str | None
    """Free text input for the city of the user, e.g. `San Francisco`."""
    country: str | None
    """The two-letter [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user, e.g. `US`."""
    region: str | None
    """Free text input for the region of the user, e.g. `California`."""
    timezone: str | None
    """The [IANA timezone](https://timeapi.io/documentation/iana-timezones) of the user, e.g. `America/Los_Angeles`."""


class ToolApplyPatchTool(TypedDict, total=False):
    """Allows the assistant to create, delete, or update files using unified diffs."""

    type: Required[Literal["apply_patch"]]
    """The type of the tool. Always `apply_patch`."""
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    """The tool invocation context(s)."""


NetworkPolicy: TypeAlias = NetworkPolicyContainerNetworkPolicyDisabled | NetworkPolicyContainerNetworkPolicyAllowlist

Environment: TypeAlias = EnvironmentContainerAuto | EnvironmentLocalEnvironment | EnvironmentContainerReference

Skill: TypeAlias = SkillSkillReference | SkillInlineSkill

Format: TypeAlias = FormatTextFormat | FormatGrammarFormat

Tool2: TypeAlias = ToolNamespaceToolFunction | ToolCustomTool

ToolParam: TypeAlias = (
    Tool
    | FileSearchToolParam
    | ToolComputerTool
    | ToolComputerUsePreviewTool
    | WebSearchToolParam
    | ToolMCPTool
    | ToolCodeInterpreter
    | ToolProgrammaticToolCallingParam
    | ToolImageGenerationTool
    | ToolLocalShellTool
    | ToolFunctionShellTool
    | ToolCustomTool
    | ToolNamespaceTool
    | ToolToolSearchTool
    | ToolWebSearchPreviewTool
    | ToolApplyPatchTool
)
