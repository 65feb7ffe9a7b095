# Generated from openapi.yaml by make generate; do not edit.
"""The ``ModerationPolicyParam`` object."""

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
    lenient,
)

if TYPE_CHECKING:
    from ..models.moderation_config_param import ModerationConfigParam

T = TypeVar("T", bound="ModerationPolicyParam")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("input", "input"),
    ("output", "output"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"input", "output"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.moderation_config_param import ModerationConfigParam  # noqa: PLC0415

    return (
        ModerationConfigParam.from_dict,
        ModerationConfigParam.from_dict,
    )


@_attrs_define(init=False, repr=False)
class ModerationPolicyParam(BaseModel):
    """The policy to apply to moderated response input and output.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    input: ModerationConfigParam | None
    """The moderation policy for the response input."""
    output: ModerationConfigParam | None
    """The moderation policy for the response output."""

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        input: ModerationConfigParam | None | Unset = UNSET,
        output: ModerationConfigParam | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(input, Unset):
            self.input = None
        else:
            self.input = input
            _given_keys.add("input")
        if isinstance(output, Unset):
            self.output = None
        else:
            self.output = output
            _given_keys.add("output")
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
        obj.input = lenient(pop("input", None), parse_1)
        obj.output = lenient(pop("output", None), parse_2)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
