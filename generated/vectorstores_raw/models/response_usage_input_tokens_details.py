# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseUsageInputTokensDetails`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ResponseUsageInputTokensDetails")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("cached_tokens", "cached_tokens"),
    ("cache_write_tokens", "cache_write_tokens"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"cached_tokens", "cache_write_tokens"})


@_attrs_define(init=False, repr=False)
class ResponseUsageInputTokensDetails(BaseModel):
    """A detailed breakdown of the input tokens.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    cached_tokens: int
    """The number of tokens that were retrieved from the cache. [More on prompt caching](/docs/guides/prompt-caching).
    """
    cache_write_tokens: int | None
    """The number of input tokens that were written to the cache."""

    _fields = _FIELDS
    _required = frozenset({"cached_tokens"})

    def __init__(
        self,
        *,
        cached_tokens: int,
        cache_write_tokens: int | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"cached_tokens"}
        self.cached_tokens = cached_tokens
        if isinstance(cache_write_tokens, Unset):
            self.cache_write_tokens = None
        else:
            self.cache_write_tokens = cache_write_tokens
            _given_keys.add("cache_write_tokens")
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
        obj.cached_tokens = pop("cached_tokens", None)
        obj.cache_write_tokens = pop("cache_write_tokens", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "cached_tokens" in data
