# Generated from openapi.yaml by make generate; do not edit.
"""The ``NamespaceToolFunction`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.callable_tool_allowed_caller import CallableToolAllowedCaller
from ..models.namespace_tool_function_type import NamespaceToolFunctionType
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    pass

T = TypeVar("T", bound="NamespaceToolFunction")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "name"),
    ("type", "type"),
    ("allowed_callers", "allowed_callers"),
    ("defer_loading", "defer_loading"),
    ("description", "description"),
    ("output_schema", "output_schema"),
    ("parameters", "parameters"),
    ("strict", "strict"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {"name", "type", "allowed_callers", "defer_loading", "description", "output_schema", "parameters", "strict"}
)


@_attrs_define(init=False, repr=False)
class NamespaceToolFunction(BaseModel):
    """The NamespaceToolFunction object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    name: str
    type: NamespaceToolFunctionType
    allowed_callers: list[CallableToolAllowedCaller] | None
    """The tool invocation context(s)."""
    defer_loading: bool | None
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

    _fields = _FIELDS
    _required = frozenset({"name", "type"})

    def __init__(
        self,
        *,
        name: str,
        type: NamespaceToolFunctionType,
        allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET,
        defer_loading: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        output_schema: dict[str, Any] | None | Unset = UNSET,
        parameters: dict[str, Any] | None | Unset = UNSET,
        strict: bool | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"name", "type"}
        self.name = name
        self.type = type
        if isinstance(allowed_callers, Unset):
            self.allowed_callers = None
        else:
            self.allowed_callers = allowed_callers
            _given_keys.add("allowed_callers")
        if isinstance(defer_loading, Unset):
            self.defer_loading = None
        else:
            self.defer_loading = defer_loading
            _given_keys.add("defer_loading")
        if isinstance(description, Unset):
            self.description = None
        else:
            self.description = description
            _given_keys.add("description")
        if isinstance(output_schema, Unset):
            self.output_schema = None
        else:
            self.output_schema = output_schema
            _given_keys.add("output_schema")
        if isinstance(parameters, Unset):
            self.parameters = None
        else:
            self.parameters = parameters
            _given_keys.add("parameters")
        if isinstance(strict, Unset):
            self.strict = None
        else:
            self.strict = strict
            _given_keys.add("strict")
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
        obj.name = pop("name", None)
        obj.type = pop("type", None)
        obj.allowed_callers = pop("allowed_callers", None)
        obj.defer_loading = pop("defer_loading", None)
        obj.description = pop("description", None)
        obj.output_schema = pop("output_schema", None)
        obj.parameters = pop("parameters", None)
        obj.strict = pop("strict", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "name" in data and data.get("type") in ("function",)
