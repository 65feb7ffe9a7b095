# Generated from openapi.yaml by make generate; do not edit.
"""The ``InlineSkill`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.inline_skill_type import InlineSkillType
from ..types import (
    lenient,
)

if TYPE_CHECKING:
    from ..models.inline_skill_source import InlineSkillSource

T = TypeVar("T", bound="InlineSkill")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("description", "description"),
    ("name", "name"),
    ("source", "source"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"description", "name", "source", "type"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.inline_skill_source import InlineSkillSource  # noqa: PLC0415

    return (InlineSkillSource.from_dict,)


@_attrs_define(init=False, repr=False)
class InlineSkill(BaseModel):
    """The InlineSkill object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    description: str
    """The description of the skill."""
    name: str
    """The name of the skill."""
    source: InlineSkillSource
    """Inline skill payload"""
    type: InlineSkillType
    """Defines an inline skill for this request."""

    _fields = _FIELDS
    _required = frozenset({"type", "name", "description", "source"})

    def __init__(
        self,
        *,
        description: str,
        name: str,
        source: InlineSkillSource,
        type: InlineSkillType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "name", "description", "source"}
        self.description = description
        self.name = name
        self.source = source
        self.type = type
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
        obj.description = pop("description", None)
        obj.name = pop("name", None)
        obj.source = lenient(pop("source", None), parse_1)
        obj.type = pop("type", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("inline",) and "name" in data and "description" in data and "source" in data
