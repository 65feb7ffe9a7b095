# Generated from openapi.yaml by make generate; do not edit.
"""The ``UpdateItemBody`` object."""

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
    discriminated_parser,
    lenient,
)

if TYPE_CHECKING:
    from ..models.circle import Circle
    from ..models.square import Square

T = TypeVar("T", bound="UpdateItemBody")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("label", "label"),
    ("shape", "shape"),
    ("tags", "tags"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"label", "shape", "tags"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.circle import Circle  # noqa: PLC0415
    from ..models.square import Square  # noqa: PLC0415

    return (discriminated_parser("kind", {"circle": Circle, "square": Square}),)


@_attrs_define(init=False, repr=False)
class UpdateItemBody(BaseModel):
    """The UpdateItemBody object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    label: str
    shape: Circle | Square | None
    tags: list[str] | None

    _fields = _FIELDS
    _required = frozenset({"label"})

    def __init__(
        self,
        *,
        label: str,
        shape: Circle | Square | None | Unset = UNSET,
        tags: list[str] | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"label"}
        self.label = label
        if isinstance(shape, Unset):
            self.shape = None
        else:
            self.shape = shape
            _given_keys.add("shape")
        if isinstance(tags, Unset):
            self.tags = None
        else:
            self.tags = tags
            _given_keys.add("tags")
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
        obj.label = pop("label", None)
        obj.shape = lenient(pop("shape", None), parse_1)
        obj.tags = pop("tags", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "label" in data
