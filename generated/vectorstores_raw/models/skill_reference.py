# Generated from openapi.yaml by make generate; do not edit.
"""The ``SkillReference`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.skill_reference_type import SkillReferenceType
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="SkillReference")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("skill_id", "skill_id"),
    ("type", "type"),
    ("version", "version"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"skill_id", "type", "version"})


@_attrs_define(init=False, repr=False)
class SkillReference(BaseModel):
    """The SkillReference object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    skill_id: str
    """The ID of the referenced skill."""
    type: SkillReferenceType
    """References a skill created with the /v1/skills endpoint."""
    version: str | None
    """Optional skill version. Use a positive integer or 'latest'. Omit for default."""

    _fields = _FIELDS
    _required = frozenset({"type", "skill_id"})

    def __init__(
        self,
        *,
        skill_id: str,
        type: SkillReferenceType,
        version: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "skill_id"}
        self.skill_id = skill_id
        self.type = type
        if isinstance(version, Unset):
            self.version = None
        else:
            self.version = version
            _given_keys.add("version")
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
        obj.skill_id = pop("skill_id", None)
        obj.type = pop("type", None)
        obj.version = pop("version", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("skill_reference",) and "skill_id" in data
