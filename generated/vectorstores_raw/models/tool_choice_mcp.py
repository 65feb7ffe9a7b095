# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolChoiceMcp`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.tool_choice_mcp_type import ToolChoiceMcpType
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ToolChoiceMcp")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("server_label", "server_label"),
    ("type", "type"),
    ("name", "name"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"server_label", "type", "name"})


@_attrs_define(init=False, repr=False)
class ToolChoiceMcp(BaseModel):
    """Use this option to force the model to call a specific tool on a remote MCP server.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    server_label: str
    """The label of the MCP server to use."""
    type: ToolChoiceMcpType
    """For MCP tools, the type is always `mcp`."""
    name: str | None
    """The name of the tool to call on the server."""

    _fields = _FIELDS
    _required = frozenset({"type", "server_label"})

    def __init__(
        self,
        *,
        server_label: str,
        type: ToolChoiceMcpType,
        name: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "server_label"}
        self.server_label = server_label
        self.type = type
        if isinstance(name, Unset):
            self.name = None
        else:
            self.name = name
            _given_keys.add("name")
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
        obj.server_label = pop("server_label", None)
        obj.type = pop("type", None)
        obj.name = pop("name", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("mcp",) and "server_label" in data
