# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionToolCallResource`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.function_call_status import FunctionCallStatus
from ..models.function_tool_call_resource_type import (
    FunctionToolCallResourceType,
)
from ..types import UNSET, Unset, discriminated_parser, lenient

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.program_tool_call_caller import ProgramToolCallCaller

T = TypeVar("T", bound="FunctionToolCallResource")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("arguments", "arguments"),
    ("call_id", "call_id"),
    ("name", "name"),
    ("status", "status"),
    ("type", "type"),
    ("caller", "caller"),
    ("created_by", "created_by"),
    ("namespace", "namespace"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {"id", "arguments", "call_id", "name", "status", "type", "caller", "created_by", "namespace"}
)


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.direct_tool_call_caller import DirectToolCallCaller  # noqa: PLC0415
    from ..models.program_tool_call_caller import ProgramToolCallCaller  # noqa: PLC0415

    return (discriminated_parser("type", {"direct": DirectToolCallCaller, "program": ProgramToolCallCaller}),)


@_attrs_define(init=False, repr=False)
class FunctionToolCallResource(BaseModel):
    """The FunctionToolCallResource object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    arguments: str
    call_id: str
    name: str
    status: FunctionCallStatus
    type: FunctionToolCallResourceType
    caller: DirectToolCallCaller | ProgramToolCallCaller | None
    created_by: str | None
    namespace: str | None

    _fields = _FIELDS
    _required = frozenset({"id", "type", "call_id", "name", "arguments", "status"})

    def __init__(
        self,
        *,
        id: str,
        arguments: str,
        call_id: str,
        name: str,
        status: FunctionCallStatus,
        type: FunctionToolCallResourceType,
        caller: DirectToolCallCaller | ProgramToolCallCaller | None | Unset = UNSET,
        created_by: str | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"id", "type", "call_id", "name", "arguments", "status"}
        self.id = id
        self.arguments = arguments
        self.call_id = call_id
        self.name = name
        self.status = status
        self.type = type
        if isinstance(caller, Unset):
            self.caller = None
        else:
            self.caller = caller
            _given_keys.add("caller")
        if isinstance(created_by, Unset):
            self.created_by = None
        else:
            self.created_by = created_by
            _given_keys.add("created_by")
        if isinstance(namespace, Unset):
            self.namespace = None
        else:
            self.namespace = namespace
            _given_keys.add("namespace")
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
        obj.id = pop("id", None)
        obj.arguments = pop("arguments", None)
        obj.call_id = pop("call_id", None)
        obj.name = pop("name", None)
        obj.status = pop("status", None)
        obj.type = pop("type", None)
        obj.caller = lenient(pop("caller", None), parse_1)
        obj.created_by = pop("created_by", None)
        obj.namespace = pop("namespace", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            "id" in data
            and data.get("type") in ("function_call",)
            and "call_id" in data
            and "name" in data
            and "arguments" in data
            and data.get("status")
            in (
                "completed",
                "in_progress",
                "incomplete",
            )
        )
