# Generated from openapi.yaml by make generate; do not edit.
"""The ``CustomTool`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.callable_tool_allowed_caller import CallableToolAllowedCaller
from ..models.custom_tool_type import CustomToolType
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
)

if TYPE_CHECKING:
    from ..models.grammar_format import GrammarFormat
    from ..models.text_format import TextFormat

T = TypeVar("T", bound="CustomTool")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "name"),
    ("type", "type"),
    ("allowed_callers", "allowed_callers"),
    ("defer_loading", "defer_loading"),
    ("description", "description"),
    ("format", "format"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"name", "type", "allowed_callers", "defer_loading", "description", "format"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.grammar_format import GrammarFormat  # noqa: PLC0415
    from ..models.text_format import TextFormat  # noqa: PLC0415

    return (discriminated_parser("type", {"text": TextFormat, "grammar": GrammarFormat}),)


@_attrs_define(init=False, repr=False)
class CustomTool(BaseModel):
    """A custom tool that processes input using a specified format. Learn more about   [custom
    tools](/docs/guides/function-calling#custom-tools)

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    name: str
    """The name of the custom tool, used to identify it in tool calls."""
    type: CustomToolType
    """The type of the custom tool. Always `custom`."""
    allowed_callers: list[CallableToolAllowedCaller] | None
    """The tool invocation context(s)."""
    defer_loading: bool | None
    """Whether this tool should be deferred and discovered via tool search."""
    description: str | None
    """Optional description of the custom tool, used to provide more context."""
    format: TextFormat | GrammarFormat | None
    """The input format for the custom tool. Default is unconstrained text."""

    _fields = _FIELDS
    _required = frozenset({"type", "name"})

    def __init__(
        self,
        *,
        name: str,
        type: CustomToolType,
        allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET,
        defer_loading: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        format: TextFormat | GrammarFormat | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "name"}
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
        if isinstance(format, Unset):
            self.format = None
        else:
            self.format = format
            _given_keys.add("format")
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
        obj.name = pop("name", None)
        obj.type = pop("type", None)
        obj.allowed_callers = pop("allowed_callers", None)
        obj.defer_loading = pop("defer_loading", None)
        obj.description = pop("description", None)
        obj.format = lenient(pop("format", None), parse_1)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("custom",) and "name" in data
