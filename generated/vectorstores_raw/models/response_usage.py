# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseUsage`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..types import (
    lenient,
)

if TYPE_CHECKING:
    from ..models.response_usage_input_tokens_details import ResponseUsageInputTokensDetails
    from ..models.response_usage_output_tokens_details import ResponseUsageOutputTokensDetails

T = TypeVar("T", bound="ResponseUsage")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("input_tokens", "input_tokens"),
    ("input_tokens_details", "input_tokens_details"),
    ("output_tokens", "output_tokens"),
    ("output_tokens_details", "output_tokens_details"),
    ("total_tokens", "total_tokens"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {"input_tokens", "input_tokens_details", "output_tokens", "output_tokens_details", "total_tokens"}
)


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.response_usage_input_tokens_details import ResponseUsageInputTokensDetails  # noqa: PLC0415
    from ..models.response_usage_output_tokens_details import ResponseUsageOutputTokensDetails  # noqa: PLC0415

    return (
        ResponseUsageInputTokensDetails.from_dict,
        ResponseUsageOutputTokensDetails.from_dict,
    )


@_attrs_define(init=False, repr=False)
class ResponseUsage(BaseModel):
    """Represents token usage details including input tokens, output tokens, a breakdown of output tokens, and the total
    tokens used.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    input_tokens: int
    """The number of input tokens."""
    input_tokens_details: ResponseUsageInputTokensDetails
    """A detailed breakdown of the input tokens."""
    output_tokens: int
    """The number of output tokens."""
    output_tokens_details: ResponseUsageOutputTokensDetails
    """A detailed breakdown of the output tokens."""
    total_tokens: int
    """The total number of tokens used."""

    _fields = _FIELDS
    _required = frozenset(
        {"input_tokens", "input_tokens_details", "output_tokens", "output_tokens_details", "total_tokens"}
    )

    def __init__(
        self,
        *,
        input_tokens: int,
        input_tokens_details: ResponseUsageInputTokensDetails,
        output_tokens: int,
        output_tokens_details: ResponseUsageOutputTokensDetails,
        total_tokens: int,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"input_tokens", "input_tokens_details", "output_tokens", "output_tokens_details", "total_tokens"}
        self.input_tokens = input_tokens
        self.input_tokens_details = input_tokens_details
        self.output_tokens = output_tokens
        self.output_tokens_details = output_tokens_details
        self.total_tokens = total_tokens
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
        obj.input_tokens = pop("input_tokens", None)
        obj.input_tokens_details = lenient(pop("input_tokens_details", None), parse_1)
        obj.output_tokens = pop("output_tokens", None)
        obj.output_tokens_details = lenient(pop("output_tokens_details", None), parse_2)
        obj.total_tokens = pop("total_tokens", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            "input_tokens" in data
            and "input_tokens_details" in data
            and "output_tokens" in data
            and "output_tokens_details" in data
            and "total_tokens" in data
        )
