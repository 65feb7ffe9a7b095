# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPApprovalRequest`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.mcp_approval_request_type import MCPApprovalRequestType

T = TypeVar("T", bound="MCPApprovalRequest")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("arguments", "arguments"),
    ("name", "name"),
    ("server_label", "server_label"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "arguments", "name", "server_label", "type"})


@_attrs_define(init=False, repr=False)
class MCPApprovalRequest(BaseModel):
    """A request for human approval of a tool invocation.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique ID of the approval request."""
    arguments: str
    """A JSON string of arguments for the tool."""
    name: str
    """The name of the tool to run."""
    server_label: str
    """The label of the MCP server making the request."""
    type: MCPApprovalRequestType
    """The type of the item. Always `mcp_approval_request`."""

    _fields = _FIELDS
    _required = frozenset({"type", "id", "server_label", "name", "arguments"})

    def __init__(
        self,
        *,
        id: str,
        arguments: str,
        name: str,
        server_label: str,
        type: MCPApprovalRequestType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "id", "server_label", "name", "arguments"}
        self.id = id
        self.arguments = arguments
        self.name = name
        self.server_label = server_label
        self.type = type
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
        obj.id = pop("id", None)
        obj.arguments = pop("arguments", None)
        obj.name = pop("name", None)
        obj.server_label = pop("server_label", None)
        obj.type = pop("type", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("mcp_approval_request",)
            and "id" in data
            and "server_label" in data
            and "name" in data
            and "arguments" in data
        )
