# Generated from openapi.yaml by make generate; do not edit.
"""``ToolParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr
from vectorstores.types.responses.apply_patch_tool_param import ApplyPatchToolParam
from vectorstores.types.responses.computer_tool_param import ComputerToolParam
from vectorstores.types.responses.computer_use_preview_tool_param import ComputerUsePreviewToolParam
from vectorstores.types.responses.container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
from vectorstores.types.responses.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
from vectorstores.types.responses.custom_tool_param import CustomToolParam
from vectorstores.types.responses.file_search_tool_param import FileSearchToolParam
from vectorstores.types.responses.function_shell_tool_param import FunctionShellToolParam
from vectorstores.types.responses.function_tool_param import FunctionToolParam
from vectorstores.types.responses.namespace_tool_param import NamespaceToolParam
from vectorstores.types.responses.tool_search_tool_param import ToolSearchToolParam
from vectorstores.types.responses.web_search_preview_tool_param import WebSearchPreviewToolParam
from vectorstores.types.responses.web_search_tool_param import WebSearchToolParam

__all__ = [
    "ToolParam",
    "Tool",
    "AllowedTools",
    "RequireApproval",
    "Always",
    "Never",
    "ToolCodeInterpreter",
    "Container",
    "ToolProgrammaticToolCallingParam",
    "ToolImageGenerationTool",
    "InputImageMask",
    "ToolLocalShellTool",
    "NetworkPolicy",
]


class Tool(TypedDict, total=False):
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


NetworkPolicy: TypeAlias = ContainerNetworkPolicyDisabledParam | ContainerNetworkPolicyAllowlistParam

ToolParam: TypeAlias = (
    FunctionToolParam
    | FileSearchToolParam
    | ComputerToolParam
    | ComputerUsePreviewToolParam
    | WebSearchToolParam
    | Tool
    | ToolCodeInterpreter
    | ToolProgrammaticToolCallingParam
    | ToolImageGenerationTool
    | ToolLocalShellTool
    | FunctionShellToolParam
    | CustomToolParam
    | NamespaceToolParam
    | ToolSearchToolParam
    | WebSearchPreviewToolParam
    | ApplyPatchToolParam
)
