# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerCallOutputItemParam`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.computer_call_output_item_param_type import (
    ComputerCallOutputItemParamType,
)
from ..models.function_call_item_status import FunctionCallItemStatus
from ..types import (
    UNSET,
    Unset,
    lenient,
    list_parser,
    union_parser,
)

if TYPE_CHECKING:
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from ..models.response_computer_tool_call_output_screenshot import ResponseComputerToolCallOutputScreenshot

T = TypeVar("T", bound="ComputerCallOutputItemParam")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("call_id", "call_id"),
    ("output", "output"),
    ("type", "type"),
    ("id", "id"),
    ("acknowledged_safety_checks", "acknowledged_safety_checks"),
    ("status", "status"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"call_id", "output", "type", "id", "acknowledged_safety_checks", "status"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam  # noqa: PLC0415
    from ..models.response_computer_tool_call_output_screenshot import ResponseComputerToolCallOutputScreenshot  # noqa: PLC0415

    return (
        ResponseComputerToolCallOutputScreenshot.from_dict,
        union_parser(list_parser(ComputerCallSafetyCheckParam.from_dict)),
    )


@_attrs_define(init=False, repr=False)
class ComputerCallOutputItemParam(BaseModel):
    """The output of a computer tool call.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    call_id: str
    """The ID of the computer tool call that produced the output."""
    output: ResponseComputerToolCallOutputScreenshot
    """A computer screenshot image used with the computer use tool."""
    type: ComputerCallOutputItemParamType
    """The type of the computer tool call output. Always `computer_call_output`."""
    id: str | None
    """The ID of the computer tool call output."""
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None
    """The safety checks reported by the API that have been acknowledged by the developer."""
    status: FunctionCallItemStatus | None
    """The status of the message input. One of `in_progress`, `completed`, or `incomplete`. Populated when input items
    are returned via API.
    """

    _fields = _FIELDS
    _required = frozenset({"call_id", "type", "output"})

    def __init__(
        self,
        *,
        call_id: str,
        output: ResponseComputerToolCallOutputScreenshot,
        type: ComputerCallOutputItemParamType,
        id: str | None | Unset = UNSET,
        acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None | Unset = UNSET,
        status: FunctionCallItemStatus | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"call_id", "type", "output"}
        self.call_id = call_id
        self.output = output
        self.type = type
        if isinstance(id, Unset):
            self.id = None
        else:
            self.id = id
            _given_keys.add("id")
        if isinstance(acknowledged_safety_checks, Unset):
            self.acknowledged_safety_checks = None
        else:
            self.acknowledged_safety_checks = acknowledged_safety_checks
            _given_keys.add("acknowledged_safety_checks")
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
        (
            parse_1,
            parse_2,
        ) = _parsers()
        obj.call_id = pop("call_id", None)
        obj.output = lenient(pop("output", None), parse_1)
        obj.type = pop("type", None)
        obj.id = pop("id", None)
        obj.acknowledged_safety_checks = lenient(pop("acknowledged_safety_checks", None), parse_2)
        obj.status = pop("status", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "call_id" in data and data.get("type") in ("computer_call_output",) and "output" in data
