# Generated from openapi.yaml by make generate; do not edit.
"""The ``PromptCacheOptionsParam`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.prompt_cache_mode_enum import PromptCacheModeEnum
from ..models.prompt_cache_ttl_enum import PromptCacheTTLEnum
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="PromptCacheOptionsParam")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("mode", "mode"),
    ("ttl", "ttl"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"mode", "ttl"})


@_attrs_define(init=False, repr=False)
class PromptCacheOptionsParam(BaseModel):
    """Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses
    one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`.
    Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80
    breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the
    implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt
    caching guide](/docs/guides/prompt-caching) for current details.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    mode: PromptCacheModeEnum | None
    """Controls whether OpenAI automatically creates an implicit cache breakpoint. Defaults to `implicit`. With
    `implicit`, OpenAI creates one implicit breakpoint and writes up to the latest three explicit breakpoints in the
    request. With `explicit`, OpenAI does not create an implicit breakpoint and writes up to the latest four explicit
    breakpoints. If there are no explicit breakpoints, the request does not use prompt caching.
    """
    ttl: PromptCacheTTLEnum | None
    """The minimum lifetime applied to every implicit and explicit cache breakpoint written by the request. Defaults to
    `30m`, which is currently the only supported value. The backend may retain cache entries for longer.
    """

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        mode: PromptCacheModeEnum | None | Unset = UNSET,
        ttl: PromptCacheTTLEnum | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(mode, Unset):
            self.mode = None
        else:
            self.mode = mode
            _given_keys.add("mode")
        if isinstance(ttl, Unset):
            self.ttl = None
        else:
            self.ttl = ttl
            _given_keys.add("ttl")
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
        obj.mode = pop("mode", None)
        obj.ttl = pop("ttl", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
