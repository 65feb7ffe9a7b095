# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComparisonFilter`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.comparison_filter_type import ComparisonFilterType
from ..types import (
    as_float,
    float_or,
    lenient,
    list_parser,
    union_parser,
)

T = TypeVar("T", bound="ComparisonFilter")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("key", "key"),
    ("type", "type"),
    ("value", "value"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"key", "type", "value"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""

    return (float_or(union_parser(list_parser(as_float))),)


@_attrs_define(init=False, repr=False)
class ComparisonFilter(BaseModel):
    """A filter used to compare a specified attribute key to a given value using a defined comparison operation.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    key: str
    """The key to compare against the value."""
    type: ComparisonFilterType
    """Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.

    - `eq`: equals
    - `ne`: not equal
    - `gt`: greater than
    - `gte`: greater than or equal
    - `lt`: less than
    - `lte`: less than or equal
    - `in`: in
    - `nin`: not in
    """
    value: str | float | bool | list[str | float]
    """The value to compare against the attribute key; supports string, number, or boolean types."""

    _fields = _FIELDS
    _required = frozenset({"type", "key", "value"})

    def __init__(
        self,
        *,
        key: str,
        type: ComparisonFilterType,
        value: str | float | bool | list[str | float],
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "key", "value"}
        self.key = key
        self.type = type
        self.value = value
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
        obj.key = pop("key", None)
        obj.type = pop("type", None)
        obj.value = lenient(pop("value", None), parse_1)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type")
            in (
                "eq",
                "gt",
                "gte",
                "in",
                "lt",
                "lte",
                "ne",
                "nin",
            )
            and "key" in data
            and "value" in data
        )
