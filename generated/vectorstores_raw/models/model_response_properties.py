# Generated from openapi.yaml by make generate; do not edit.
"""The ``ModelResponseProperties`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.model_response_properties_prompt_cache_retention_type_0 import (
    ModelResponsePropertiesPromptCacheRetentionType0,
)
from ..types import (
    UNSET,
    Unset,
    as_float,
    lenient,
)

if TYPE_CHECKING:
    pass

T = TypeVar("T", bound="ModelResponseProperties")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("metadata", "metadata"),
    ("prompt_cache_key", "prompt_cache_key"),
    ("prompt_cache_retention", "prompt_cache_retention"),
    ("safety_identifier", "safety_identifier"),
    ("temperature", "temperature"),
    ("top_logprobs", "top_logprobs"),
    ("top_p", "top_p"),
    ("user", "user"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {
        "metadata",
        "prompt_cache_key",
        "prompt_cache_retention",
        "safety_identifier",
        "temperature",
        "top_logprobs",
        "top_p",
        "user",
    }
)


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""

    return (
        as_float,
        as_float,
    )


@_attrs_define(init=False, repr=False)
class ModelResponseProperties(BaseModel):
    """The ModelResponseProperties object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    metadata: dict[str, str] | None
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
    characters.
    """
    prompt_cache_key: str | None
    """Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user`
    field. [Learn more](/docs/guides/prompt-caching).
    """
    prompt_cache_retention: ModelResponsePropertiesPromptCacheRetentionType0 | None
    """Deprecated. Use `prompt_cache_options.ttl` instead.

    The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached
    prefixes active for longer, up to a maximum of 24 hours. [Learn
    more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention policy, while
    `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are independent and do not
    interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.

    For older models that support both `in_memory` and `24h`, the default depends on your organization's data
    retention policy:

      - Organizations without ZDR enabled default to `24h`.
      - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
    """
    safety_identifier: str | None
    """A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We
    recommend hashing their username or email address, in order to avoid sending us any identifying information.
    [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    """
    temperature: float | None
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while
    lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or
    `top_p` but not both.
    """
    top_logprobs: int | None
    """An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position,
    each with an associated log probability. In some cases, the number of returned tokens may be fewer than
    requested.
    """
    top_p: float | None
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of
    the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are
    considered.

    We generally recommend altering this or `temperature` but not both.
    """
    user: str | None
    """Deprecated. This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key`
    instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates
    by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn
    more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        metadata: dict[str, str] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        prompt_cache_retention: ModelResponsePropertiesPromptCacheRetentionType0 | None | Unset = UNSET,
        safety_identifier: str | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        user: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(metadata, Unset):
            self.metadata = None
        else:
            self.metadata = metadata
            _given_keys.add("metadata")
        if isinstance(prompt_cache_key, Unset):
            self.prompt_cache_key = None
        else:
            self.prompt_cache_key = prompt_cache_key
            _given_keys.add("prompt_cache_key")
        if isinstance(prompt_cache_retention, Unset):
            self.prompt_cache_retention = None
        else:
            self.prompt_cache_retention = prompt_cache_retention
            _given_keys.add("prompt_cache_retention")
        if isinstance(safety_identifier, Unset):
            self.safety_identifier = None
        else:
            self.safety_identifier = safety_identifier
            _given_keys.add("safety_identifier")
        if isinstance(temperature, Unset):
            self.temperature = None
        else:
            self.temperature = temperature
            _given_keys.add("temperature")
        if isinstance(top_logprobs, Unset):
            self.top_logprobs = None
        else:
            self.top_logprobs = top_logprobs
            _given_keys.add("top_logprobs")
        if isinstance(top_p, Unset):
            self.top_p = None
        else:
            self.top_p = top_p
            _given_keys.add("top_p")
        if isinstance(user, Unset):
            self.user = None
        else:
            self.user = user
            _given_keys.add("user")
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
        obj.metadata = pop("metadata", None)
        obj.prompt_cache_key = pop("prompt_cache_key", None)
        obj.prompt_cache_retention = pop("prompt_cache_retention", None)
        obj.safety_identifier = pop("safety_identifier", None)
        obj.temperature = lenient(pop("temperature", None), parse_1)
        obj.top_logprobs = pop("top_logprobs", None)
        obj.top_p = lenient(pop("top_p", None), parse_2)
        obj.user = pop("user", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
