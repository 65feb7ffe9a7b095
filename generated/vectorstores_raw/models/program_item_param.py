# Generated from openapi.yaml by make generate; do not edit.
"""The ``ProgramItemParam`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.program_item_param_type import ProgramItemParamType

T = TypeVar("T", bound="ProgramItemParam")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("call_id", "call_id"),
    ("code", "code"),
    ("fingerprint", "fingerprint"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "call_id", "code", "fingerprint", "type"})


@_attrs_define(init=False, repr=False)
class ProgramItemParam(BaseModel):
    """The ProgramItemParam object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique ID of this program item."""
    call_id: str
    """The stable call ID of the program item."""
    code: str
    """The JavaScript source executed by programmatic tool calling."""
    fingerprint: str
    """Opaque program replay fingerprint that must be round-tripped."""
    type: ProgramItemParamType
    """The item type. Always `program`."""

    _fields = _FIELDS
    _required = frozenset({"id", "type", "call_id", "code", "fingerprint"})

    def __init__(
        self,
        *,
        id: str,
        call_id: str,
        code: str,
        fingerprint: str,
        type: ProgramItemParamType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"id", "type", "call_id", "code", "fingerprint"}
        self.id = id
        self.call_id = call_id
        self.code = code
        self.fingerprint = fingerprint
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
        obj.id = pop("id", None)
        obj.call_id = pop("call_id", None)
        obj.code = pop("code", None)
        obj.fingerprint = pop("fingerprint", None)
        obj.type = pop("type", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            "id" in data
            and data.get("type") in ("program",)
            and "call_id" in data
            and "code" in data
            and "fingerprint" in data
        )
