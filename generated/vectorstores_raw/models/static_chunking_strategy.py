# Generated from openapi.yaml by make generate; do not edit.
"""The ``StaticChunkingStrategy`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel

T = TypeVar("T", bound="StaticChunkingStrategy")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("chunk_overlap_tokens", "chunk_overlap_tokens"),
    ("max_chunk_size_tokens", "max_chunk_size_tokens"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"chunk_overlap_tokens", "max_chunk_size_tokens"})


@_attrs_define(init=False, repr=False)
class StaticChunkingStrategy(BaseModel):
    """The StaticChunkingStrategy object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    chunk_overlap_tokens: int
    """The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`.
    """
    max_chunk_size_tokens: int
    """The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the
    maximum value is `4096`.
    """

    _fields = _FIELDS
    _required = frozenset({"max_chunk_size_tokens", "chunk_overlap_tokens"})

    def __init__(
        self,
        *,
        chunk_overlap_tokens: int,
        max_chunk_size_tokens: int,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"max_chunk_size_tokens", "chunk_overlap_tokens"}
        self.chunk_overlap_tokens = chunk_overlap_tokens
        self.max_chunk_size_tokens = max_chunk_size_tokens
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
        obj.chunk_overlap_tokens = pop("chunk_overlap_tokens", None)
        obj.max_chunk_size_tokens = pop("max_chunk_size_tokens", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "max_chunk_size_tokens" in data and "chunk_overlap_tokens" in data
