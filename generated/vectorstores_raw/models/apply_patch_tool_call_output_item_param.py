# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchToolCallOutputItemParam`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.apply_patch_call_output_status_param import (
    ApplyPatchCallOutputStatusParam,
)
from ..models.apply_patch_tool_call_output_item_param_type import (
    ApplyPatchToolCallOutputItemParamType,
)
from ..types import UNSET, Unset, discriminated_parser, lenient

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam

T = TypeVar("T", bound="ApplyPatchToolCallOutputItemParam")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("call_id", "call_id"),
    ("status", "status"),
    ("type", "type"),
    ("id", "id"),
    ("caller", "caller"),
    ("output", "output"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"call_id", "status", "type", "id", "caller", "output"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam  # noqa: PLC0415
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam  # noqa: PLC0415

    return (discriminated_parser("type", {"direct": DirectToolCallCallerParam, "program": ProgramToolCallCallerParam}),)


@_attrs_define(init=False, repr=False)
class ApplyPatchToolCallOutputItemParam(BaseModel):
    """The ApplyPatchToolCallOutputItemParam object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    call_id: str
    status: ApplyPatchCallOutputStatusParam
    type: ApplyPatchToolCallOutputItemParamType
    id: str | None
    caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None
    output: str | None

    _fields = _FIELDS
    _required = frozenset({"type", "call_id", "status"})

    def __init__(
        self,
        *,
        call_id: str,
        status: ApplyPatchCallOutputStatusParam,
        type: ApplyPatchToolCallOutputItemParamType,
        id: str | None | Unset = UNSET,
        caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None | Unset = UNSET,
        output: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "call_id", "status"}
        self.call_id = call_id
        self.status = status
        self.type = type
        if isinstance(id, Unset):
            self.id = None
        else:
            self.id = id
            _given_keys.add("id")
        if isinstance(caller, Unset):
            self.caller = None
        else:
            self.caller = caller
            _given_keys.add("caller")
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
        (parse_1,) = _parsers()
        obj.call_id = pop("call_id", None)
        obj.status = pop("status", None)
        obj.type = pop("type", None)
        obj.id = pop("id", None)
        obj.caller = lenient(pop("caller", None), parse_1)
        obj.output = pop("output", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("apply_patch_call_output",)
            and "call_id" in data
            and data.get("status")
            in (
                "completed",
                "failed",
            )
        )
