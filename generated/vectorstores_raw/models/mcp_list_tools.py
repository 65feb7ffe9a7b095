# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPListTools`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.mcp_list_tools_type import MCPListToolsType
from ..types import (
    UNSET,
    Unset,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool import MCPListToolsTool

T = TypeVar("T", bound="MCPListTools")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("server_label", "server_label"),
    ("tools", "tools"),
    ("type", "type"),
    ("error", "error"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "server_label", "tools", "type", "error"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.mcp_list_tools_tool import MCPListToolsTool  # noqa: PLC0415

    return (list_parser(MCPListToolsTool.from_dict),)


@_attrs_define(init=False, repr=False)
class MCPListTools(BaseModel):
    """A list of tools available on an MCP server.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique ID of the list."""
    server_label: str
    """The label of the MCP server."""
    tools: list[MCPListToolsTool]
    """The tools available on the server."""
    type: MCPListToolsType
    """The type of the item. Always `mcp_list_tools`."""
    error: str | None
    """Error message if the server could not list tools."""

    _fields = _FIELDS
    _required = frozenset({"type", "id", "server_label", "tools"})

    def __init__(
        self,
        *,
        id: str,
        server_label: str,
        tools: list[MCPListToolsTool],
        type: MCPListToolsType,
        error: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "id", "server_label", "tools"}
        self.id = id
        self.server_label = server_label
        self.tools = tools
        self.type = type
        if isinstance(error, Unset):
            self.error = None
        else:
            self.error = error
            _given_keys.add("error")
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
        obj.server_label = pop("server_label", None)
        obj.tools = lenient(pop("tools", None), parse_1)
        obj.type = pop("type", None)
        obj.error = pop("error", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("mcp_list_tools",) and "id" in data and "server_label" in data and "tools" in data
