# Generated from openapi.yaml by make generate; do not edit.
"""The ``FileCounts`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel

T = TypeVar("T", bound="FileCounts")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("cancelled", "cancelled"),
    ("completed", "completed"),
    ("failed", "failed"),
    ("in_progress", "in_progress"),
    ("total", "total"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"cancelled", "completed", "failed", "in_progress", "total"})


@_attrs_define(init=False, repr=False)
class FileCounts(BaseModel):
    """How many of the files are in each processing state.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    cancelled: int
    """Files whose processing was cancelled."""
    completed: int
    """Files processed and ready to search."""
    failed: int
    """Files whose processing failed."""
    in_progress: int
    """Files still being processed."""
    total: int
    """All the files counted."""

    _fields = _FIELDS
    _required = frozenset({"in_progress", "completed", "failed", "cancelled", "total"})

    def __init__(
        self,
        *,
        cancelled: int,
        completed: int,
        failed: int,
        in_progress: int,
        total: int,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"in_progress", "completed", "failed", "cancelled", "total"}
        self.cancelled = cancelled
        self.completed = completed
        self.failed = failed
        self.in_progress = in_progress
        self.total = total
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
        obj.cancelled = pop("cancelled", None)
        obj.completed = pop("completed", None)
        obj.failed = pop("failed", None)
        obj.in_progress = pop("in_progress", None)
        obj.total = pop("total", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            "in_progress" in data
            and "completed" in data
            and "failed" in data
            and "cancelled" in data
            and "total" in data
        )
