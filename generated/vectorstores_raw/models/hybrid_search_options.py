# Generated from openapi.yaml by make generate; do not edit.
"""The ``HybridSearchOptions`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..types import (
    as_float,
    lenient,
)

T = TypeVar("T", bound="HybridSearchOptions")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("embedding_weight", "embedding_weight"),
    ("text_weight", "text_weight"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"embedding_weight", "text_weight"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""

    return (
        as_float,
        as_float,
    )


@_attrs_define(init=False, repr=False)
class HybridSearchOptions(BaseModel):
    """The HybridSearchOptions object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    embedding_weight: float
    """The weight of the embedding in the reciprocal ranking fusion."""
    text_weight: float
    """The weight of the text in the reciprocal ranking fusion."""

    _fields = _FIELDS
    _required = frozenset({"embedding_weight", "text_weight"})

    def __init__(
        self,
        *,
        embedding_weight: float,
        text_weight: float,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"embedding_weight", "text_weight"}
        self.embedding_weight = embedding_weight
        self.text_weight = text_weight
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
        obj.embedding_weight = lenient(pop("embedding_weight", None), parse_1)
        obj.text_weight = lenient(pop("text_weight", None), parse_2)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "embedding_weight" in data and "text_weight" in data
