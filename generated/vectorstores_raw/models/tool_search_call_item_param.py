# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolSearchCallItemParam`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.function_call_item_status import FunctionCallItemStatus
from ..models.tool_search_call_item_param_type import (
    ToolSearchCallItemParamType,
)
from ..models.tool_search_execution_type import ToolSearchExecutionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass

T = TypeVar("T", bound="ToolSearchCallItemParam")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("arguments", "arguments"),
    ("type", "type"),
    ("id", "id"),
    ("call_id", "call_id"),
    ("execution", "execution"),
    ("status", "status"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"arguments", "type", "id", "call_id", "execution", "status"})


@_attrs_define(init=False, repr=False)
class ToolSearchCallItemParam(BaseModel):
    """The ToolSearchCallItemParam object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    arguments: dict[str, Any]
    type: ToolSearchCallItemParamType
    id: str | None
    call_id: str | None
    execution: ToolSearchExecutionType | None
    status: FunctionCallItemStatus | None

    _fields = _FIELDS
    _required = frozenset({"type", "arguments"})

    def __init__(
        self,
        *,
        arguments: dict[str, Any],
        type: ToolSearchCallItemParamType,
        id: str | None | Unset = UNSET,
        call_id: str | None | Unset = UNSET,
        execution: ToolSearchExecutionType | None | Unset = UNSET,
        status: FunctionCallItemStatus | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "arguments"}
        self.arguments = arguments
        self.type = type
        if isinstance(id, Unset):
            self.id = None
        else:
            self.id = id
            _given_keys.add("id")
        if isinstance(call_id, Unset):
            self.call_id = None
        else:
            self.call_id = call_id
            _given_keys.add("call_id")
        if isinstance(execution, Unset):
            self.execution = None
        else:
            self.execution = execution
            _given_keys.add("execution")
        if isinstance(status, Unset):
            self.status = None
        else:
            self.status = status
            _given_keys.add("status")
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
        obj.arguments = pop("arguments", None)
        obj.type = pop("type", None)
        obj.id = pop("id", None)
        obj.call_id = pop("call_id", None)
        obj.execution = pop("execution", None)
        obj.status = pop("status", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("tool_search_call",) and "arguments" in data
