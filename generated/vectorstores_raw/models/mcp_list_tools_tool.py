# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPListToolsTool`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    pass

T = TypeVar("T", bound="MCPListToolsTool")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("input_schema", "input_schema"),
    ("name", "name"),
    ("annotations", "annotations"),
    ("description", "description"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"input_schema", "name", "annotations", "description"})


@_attrs_define(init=False, repr=False)
class MCPListToolsTool(BaseModel):
    """A tool available on an MCP server.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    input_schema: dict[str, Any]
    """The JSON schema describing the tool's input."""
    name: str
    """The name of the tool."""
    annotations: dict[str, Any] | None
    """Additional annotations about the tool."""
    description: str | None
    """The description of the tool."""

    _fields = _FIELDS
    _required = frozenset({"name", "input_schema"})

    def __init__(
        self,
        *,
        input_schema: dict[str, Any],
        name: str,
        annotations: dict[str, Any] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"name", "input_schema"}
        self.input_schema = input_schema
        self.name = name
        if isinstance(annotations, Unset):
            self.annotations = None
        else:
            self.annotations = annotations
            _given_keys.add("annotations")
        if isinstance(description, Unset):
            self.description = None
        else:
            self.description = description
            _given_keys.add("description")
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
        obj.input_schema = pop("input_schema", None)
        obj.name = pop("name", None)
        obj.annotations = pop("annotations", None)
        obj.description = pop("description", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "name" in data and "input_schema" in data
