# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolSearchCall`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.function_call_status import FunctionCallStatus
from ..models.tool_search_call_type import ToolSearchCallType
from ..models.tool_search_execution_type import ToolSearchExecutionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolSearchCall")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("arguments", "arguments"),
    ("call_id", "call_id"),
    ("execution", "execution"),
    ("status", "status"),
    ("type", "type"),
    ("created_by", "created_by"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "arguments", "call_id", "execution", "status", "type", "created_by"})


@_attrs_define(init=False, repr=False)
class ToolSearchCall(BaseModel):
    """The ToolSearchCall object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    arguments: Any
    call_id: str | None
    execution: ToolSearchExecutionType
    status: FunctionCallStatus
    type: ToolSearchCallType
    created_by: str | None

    _fields = _FIELDS
    _required = frozenset({"type", "id", "call_id", "execution", "arguments", "status"})

    def __init__(
        self,
        *,
        id: str,
        arguments: Any,
        call_id: str | None,
        execution: ToolSearchExecutionType,
        status: FunctionCallStatus,
        type: ToolSearchCallType,
        created_by: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "id", "call_id", "execution", "arguments", "status"}
        self.id = id
        self.arguments = arguments
        self.call_id = call_id
        self.execution = execution
        self.status = status
        self.type = type
        if isinstance(created_by, Unset):
            self.created_by = None
        else:
            self.created_by = created_by
            _given_keys.add("created_by")
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
        obj.arguments = pop("arguments", None)
        obj.call_id = pop("call_id", None)
        obj.execution = pop("execution", None)
        obj.status = pop("status", None)
        obj.type = pop("type", None)
        obj.created_by = pop("created_by", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("tool_search_call",)
            and "id" in data
            and "call_id" in data
            and data.get("execution")
            in (
                "client",
                "server",
            )
            and "arguments" in data
            and data.get("status")
            in (
                "completed",
                "in_progress",
                "incomplete",
            )
        )
