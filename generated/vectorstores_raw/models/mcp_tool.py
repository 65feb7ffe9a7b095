# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPTool`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.callable_tool_allowed_caller import CallableToolAllowedCaller
from ..models.mcp_tool_connector_id import MCPToolConnectorId
from ..models.mcp_tool_mcp_tool_approval_setting import (
    MCPToolMCPToolApprovalSetting,
)
from ..models.mcp_tool_type import MCPToolType
from ..types import (
    UNSET,
    Unset,
    lenient,
)

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter
    from ..models.mcp_tool_mcp_tool_approval_filter import MCPToolMCPToolApprovalFilter

T = TypeVar("T", bound="MCPTool")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("server_label", "server_label"),
    ("type", "type"),
    ("allowed_callers", "allowed_callers"),
    ("allowed_tools", "allowed_tools"),
    ("authorization", "authorization"),
    ("connector_id", "connector_id"),
    ("defer_loading", "defer_loading"),
    ("headers", "headers"),
    ("require_approval", "require_approval"),
    ("server_description", "server_description"),
    ("server_url", "server_url"),
    ("tunnel_id", "tunnel_id"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {
        "server_label",
        "type",
        "allowed_callers",
        "allowed_tools",
        "authorization",
        "connector_id",
        "defer_loading",
        "headers",
        "require_approval",
        "server_description",
        "server_url",
        "tunnel_id",
    }
)


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.mcp_tool_filter import MCPToolFilter  # noqa: PLC0415
    from ..models.mcp_tool_mcp_tool_approval_filter import MCPToolMCPToolApprovalFilter  # noqa: PLC0415

    return (
        MCPToolFilter.from_dict,
        MCPToolMCPToolApprovalFilter.from_dict,
    )


@_attrs_define(init=False, repr=False)
class MCPTool(BaseModel):
    """Give the model access to additional tools via remote Model Context Protocol (MCP) servers. [Learn more about
    MCP](/docs/guides/tools-remote-mcp).

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    server_label: str
    """A label for this MCP server, used to identify it in tool calls."""
    type: MCPToolType
    """The type of the MCP tool. Always `mcp`."""
    allowed_callers: list[CallableToolAllowedCaller] | None
    """The tool invocation context(s)."""
    allowed_tools: list[str] | MCPToolFilter | None
    """List of allowed tool names or a filter object."""
    authorization: str | None
    """An OAuth access token that can be used with a remote MCP server, either with a custom MCP server URL or a service
    connector. Your application must handle the OAuth authorization flow and provide the token here.
    """
    connector_id: MCPToolConnectorId | None
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
    defer_loading: bool | None
    """Whether this MCP tool is deferred and discovered via tool search."""
    headers: dict[str, str] | None
    """Optional HTTP headers to send to the MCP server. Use for authentication or other purposes."""
    require_approval: MCPToolMCPToolApprovalFilter | MCPToolMCPToolApprovalSetting | None
    """Specify which of the MCP server's tools require approval."""
    server_description: str | None
    """Optional description of the MCP server, used to provide more context."""
    server_url: str | None
    """The URL for the MCP server. One of `server_url`, `connector_id`, or `tunnel_id` must be provided."""
    tunnel_id: str | None
    """The Secure MCP Tunnel ID to use instead of a direct server URL. One of `server_url`, `connector_id`, or
    `tunnel_id` must be provided.
    """

    _fields = _FIELDS
    _required = frozenset({"type", "server_label"})

    def __init__(
        self,
        *,
        server_label: str,
        type: MCPToolType,
        allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET,
        allowed_tools: list[str] | MCPToolFilter | None | Unset = UNSET,
        authorization: str | None | Unset = UNSET,
        connector_id: MCPToolConnectorId | None | Unset = UNSET,
        defer_loading: bool | None | Unset = UNSET,
        headers: dict[str, str] | None | Unset = UNSET,
        require_approval: MCPToolMCPToolApprovalFilter | MCPToolMCPToolApprovalSetting | None | Unset = UNSET,
        server_description: str | None | Unset = UNSET,
        server_url: str | None | Unset = UNSET,
        tunnel_id: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "server_label"}
        self.server_label = server_label
        self.type = type
        if isinstance(allowed_callers, Unset):
            self.allowed_callers = None
        else:
            self.allowed_callers = allowed_callers
            _given_keys.add("allowed_callers")
        if isinstance(allowed_tools, Unset):
            self.allowed_tools = None
        else:
            self.allowed_tools = allowed_tools
            _given_keys.add("allowed_tools")
        if isinstance(authorization, Unset):
            self.authorization = None
        else:
            self.authorization = authorization
            _given_keys.add("authorization")
        if isinstance(connector_id, Unset):
            self.connector_id = None
        else:
            self.connector_id = connector_id
            _given_keys.add("connector_id")
        if isinstance(defer_loading, Unset):
            self.defer_loading = None
        else:
            self.defer_loading = defer_loading
            _given_keys.add("defer_loading")
        if isinstance(headers, Unset):
            self.headers = None
        else:
            self.headers = headers
            _given_keys.add("headers")
        if isinstance(require_approval, Unset):
            self.require_approval = None
        else:
            self.require_approval = require_approval
            _given_keys.add("require_approval")
        if isinstance(server_description, Unset):
            self.server_description = None
        else:
            self.server_description = server_description
            _given_keys.add("server_description")
        if isinstance(server_url, Unset):
            self.server_url = None
        else:
            self.server_url = server_url
            _given_keys.add("server_url")
        if isinstance(tunnel_id, Unset):
            self.tunnel_id = None
        else:
            self.tunnel_id = tunnel_id
            _given_keys.add("tunnel_id")
        self.additional_properties = {}
        self._given = _given_keys
        self._request_id = None

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object without raising on missing, null or unexpected values."""
        if not isinstance(src_dict, Mapping):  # dict("") is {} and a list of pairs a dict: neither fits
            raise TypeError(f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        # Straight-line assignments, not __init__: parsing is the hot path.
        obj = cls.__new__(cls)
        obj._given = _KEYS.intersection(d)
        pop = d.pop
        (
            parse_1,
            parse_2,
        ) = _parsers()
        obj.server_label = pop("server_label", None)
        obj.type = pop("type", None)
        obj.allowed_callers = pop("allowed_callers", None)
        obj.allowed_tools = lenient(pop("allowed_tools", None), parse_1)
        obj.authorization = pop("authorization", None)
        obj.connector_id = pop("connector_id", None)
        obj.defer_loading = pop("defer_loading", None)
        obj.headers = pop("headers", None)
        obj.require_approval = lenient(pop("require_approval", None), parse_2)
        obj.server_description = pop("server_description", None)
        obj.server_url = pop("server_url", None)
        obj.tunnel_id = pop("tunnel_id", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("mcp",) and "server_label" in data
