# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseLogProb`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..types import (
    UNSET,
    Unset,
    as_float,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.response_log_prob_top_logprobs_item import ResponseLogProbTopLogprobsItem

T = TypeVar("T", bound="ResponseLogProb")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("logprob", "logprob"),
    ("token", "token"),
    ("top_logprobs", "top_logprobs"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"logprob", "token", "top_logprobs"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.response_log_prob_top_logprobs_item import ResponseLogProbTopLogprobsItem  # noqa: PLC0415

    return (
        as_float,
        list_parser(ResponseLogProbTopLogprobsItem.from_dict),
    )


@_attrs_define(init=False, repr=False)
class ResponseLogProb(BaseModel):
    """A logprob is the logarithmic probability that the model assigns to producing a particular token at a given
    position in the sequence. Less-negative (higher) logprob values indicate greater model confidence in that token
    choice.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    logprob: float
    """The log probability of this token."""
    token: str
    """A possible text token."""
    top_logprobs: list[ResponseLogProbTopLogprobsItem] | None
    """The log probabilities of up to 20 of the most likely tokens."""

    _fields = _FIELDS
    _required = frozenset({"token", "logprob"})

    def __init__(
        self,
        *,
        logprob: float,
        token: str,
        top_logprobs: list[ResponseLogProbTopLogprobsItem] | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"token", "logprob"}
        self.logprob = logprob
        self.token = token
        if isinstance(top_logprobs, Unset):
            self.top_logprobs = None
        else:
            self.top_logprobs = top_logprobs
            _given_keys.add("top_logprobs")
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
        obj.logprob = lenient(pop("logprob", None), parse_1)
        obj.token = pop("token", None)
        obj.top_logprobs = lenient(pop("top_logprobs", None), parse_2)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "token" in data and "logprob" in data
