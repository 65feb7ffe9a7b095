# Generated from openapi.yaml by make generate; do not edit.
"""The ``ProgramOutputItemParam`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.program_output_item_param_type import ProgramOutputItemParamType
from ..models.program_output_item_status import ProgramOutputItemStatus

T = TypeVar("T", bound="ProgramOutputItemParam")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("call_id", "call_id"),
    ("result", "result"),
    ("status", "status"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "call_id", "result", "status", "type"})


@_attrs_define(init=False, repr=False)
class ProgramOutputItemParam(BaseModel):
    """The ProgramOutputItemParam object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique ID of this program output item."""
    call_id: str
    """The call ID of the program item."""
    result: str
    """The result produced by the program item."""
    status: ProgramOutputItemStatus
    """The terminal status of the program output."""
    type: ProgramOutputItemParamType
    """The item type. Always `program_output`."""

    _fields = _FIELDS
    _required = frozenset({"id", "type", "call_id", "result", "status"})

    def __init__(
        self,
        *,
        id: str,
        call_id: str,
        result: str,
        status: ProgramOutputItemStatus,
        type: ProgramOutputItemParamType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"id", "type", "call_id", "result", "status"}
        self.id = id
        self.call_id = call_id
        self.result = result
        self.status = status
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
        obj.result = pop("result", None)
        obj.status = pop("status", None)
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
            and data.get("type") in ("program_output",)
            and "call_id" in data
            and "result" in data
            and data.get("status")
            in (
                "completed",
                "incomplete",
            )
        )
