# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionTool`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.callable_tool_allowed_caller import CallableToolAllowedCaller
from ..models.function_tool_type import FunctionToolType
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    pass

T = TypeVar("T", bound="FunctionTool")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "name"),
    ("parameters", "parameters"),
    ("strict", "strict"),
    ("type", "type"),
    ("allowed_callers", "allowed_callers"),
    ("defer_loading", "defer_loading"),
    ("description", "description"),
    ("output_schema", "output_schema"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {"name", "parameters", "strict", "type", "allowed_callers", "defer_loading", "description", "output_schema"}
)


@_attrs_define(init=False, repr=False)
class FunctionTool(BaseModel):
    """Defines a function in your own code the model can choose to call. Learn more about [function
    calling](https://platform.openai.com/docs/guides/function-calling).

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    name: str
    """The name of the function to call."""
    parameters: dict[str, Any] | None
    """A JSON schema object describing the parameters of the function."""
    strict: bool | None
    """Whether strict parameter validation is enforced for this function tool."""
    type: FunctionToolType
    """The type of the function tool. Always `function`."""
    allowed_callers: list[CallableToolAllowedCaller] | None
    """The tool invocation context(s)."""
    defer_loading: bool | None
    """Whether this function is deferred and loaded via tool search."""
    description: str | None
    """A description of the function. Used by the model to determine whether or not to call the function."""
    output_schema: dict[str, Any] | None
    """A JSON schema object describing the JSON value encoded in string outputs for this function."""

    _fields = _FIELDS
    _required = frozenset({"type", "name", "parameters", "strict"})

    def __init__(
        self,
        *,
        name: str,
        parameters: dict[str, Any] | None,
        strict: bool | None,
        type: FunctionToolType,
        allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET,
        defer_loading: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        output_schema: dict[str, Any] | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "name", "parameters", "strict"}
        self.name = name
        self.parameters = parameters
        self.strict = strict
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
        obj.parameters = pop("parameters", None)
        obj.strict = pop("strict", None)
        obj.type = pop("type", None)
        obj.allowed_callers = pop("allowed_callers", None)
        obj.defer_loading = pop("defer_loading", None)
        obj.description = pop("description", None)
        obj.output_schema = pop("output_schema", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("function",) and "name" in data and "parameters" in data and "strict" in data
