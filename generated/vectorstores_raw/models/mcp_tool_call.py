# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPToolCall`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.mcp_tool_call_status import MCPToolCallStatus
from ..models.mcp_tool_call_type import MCPToolCallType
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
)

if TYPE_CHECKING:
    from ..models.http_error import HTTPError
    from ..models.mcp_protocol_error import MCPProtocolError
    from ..models.mcp_tool_execution_error import MCPToolExecutionError

T = TypeVar("T", bound="MCPToolCall")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("arguments", "arguments"),
    ("name", "name"),
    ("server_label", "server_label"),
    ("type", "type"),
    ("approval_request_id", "approval_request_id"),
    ("error", "error"),
    ("output", "output"),
    ("status", "status"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {"id", "arguments", "name", "server_label", "type", "approval_request_id", "error", "output", "status"}
)


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.http_error import HTTPError  # noqa: PLC0415
    from ..models.mcp_protocol_error import MCPProtocolError  # noqa: PLC0415
    from ..models.mcp_tool_execution_error import MCPToolExecutionError  # noqa: PLC0415

    return (
        discriminated_parser(
            "type",
            {
                "mcp_protocol_error": MCPProtocolError,
                "mcp_tool_execution_error": MCPToolExecutionError,
                "http_error": HTTPError,
            },
        ),
    )


@_attrs_define(init=False, repr=False)
class MCPToolCall(BaseModel):
    """An invocation of a tool on an MCP server.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique ID of the tool call."""
    arguments: str
    """A JSON string of the arguments passed to the tool."""
    name: str
    """The name of the tool that was run."""
    server_label: str
    """The label of the MCP server running the tool."""
    type: MCPToolCallType
    """The type of the item. Always `mcp_call`."""
    approval_request_id: str | None
    """Unique identifier for the MCP tool call approval request. Include this value in a subsequent
    `mcp_approval_response` input to approve or reject the corresponding tool call.
    """
    error: MCPProtocolError | MCPToolExecutionError | HTTPError | None
    """The error from the tool call, if any."""
    output: str | None
    """The output from the tool call."""
    status: MCPToolCallStatus | None
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`."""

    _fields = _FIELDS
    _required = frozenset({"type", "id", "server_label", "name", "arguments"})

    def __init__(
        self,
        *,
        id: str,
        arguments: str,
        name: str,
        server_label: str,
        type: MCPToolCallType,
        approval_request_id: str | None | Unset = UNSET,
        error: MCPProtocolError | MCPToolExecutionError | HTTPError | None | Unset = UNSET,
        output: str | None | Unset = UNSET,
        status: MCPToolCallStatus | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "id", "server_label", "name", "arguments"}
        self.id = id
        self.arguments = arguments
        self.name = name
        self.server_label = server_label
        self.type = type
        if isinstance(approval_request_id, Unset):
            self.approval_request_id = None
        else:
            self.approval_request_id = approval_request_id
            _given_keys.add("approval_request_id")
        if isinstance(error, Unset):
            self.error = None
        else:
            self.error = error
            _given_keys.add("error")
        if isinstance(output, Unset):
            self.output = None
        else:
            self.output = output
            _given_keys.add("output")
        if isinstance(status, Unset):
            self.status = None
        else:
            self.status = status
            _given_keys.add("status")
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
        (parse_1,) = _parsers()
        obj.id = pop("id", None)
        obj.arguments = pop("arguments", None)
        obj.name = pop("name", None)
        obj.server_label = pop("server_label", None)
        obj.type = pop("type", None)
        obj.approval_request_id = pop("approval_request_id", None)
        obj.error = lenient(pop("error", None), parse_1)
        obj.output = pop("output", None)
        obj.status = pop("status", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("mcp_call",)
            and "id" in data
            and "server_label" in data
            and "name" in data
            and "arguments" in data
        )
