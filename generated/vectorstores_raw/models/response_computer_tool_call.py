# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseComputerToolCall`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_computer_tool_call_status import (
    ResponseComputerToolCallStatus,
)
from ..models.response_computer_tool_call_type import (
    ResponseComputerToolCallType,
)
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.click import Click
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from ..models.double_click import DoubleClick
    from ..models.drag import Drag
    from ..models.key_press import KeyPress
    from ..models.move import Move
    from ..models.screenshot import Screenshot
    from ..models.scroll import Scroll
    from ..models.type_ import Type
    from ..models.wait import Wait

T = TypeVar("T", bound="ResponseComputerToolCall")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("call_id", "call_id"),
    ("pending_safety_checks", "pending_safety_checks"),
    ("status", "status"),
    ("type", "type"),
    ("action", "action"),
    ("actions", "actions"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "call_id", "pending_safety_checks", "status", "type", "action", "actions"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.click import Click  # noqa: PLC0415
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam  # noqa: PLC0415
    from ..models.double_click import DoubleClick  # noqa: PLC0415
    from ..models.drag import Drag  # noqa: PLC0415
    from ..models.key_press import KeyPress  # noqa: PLC0415
    from ..models.move import Move  # noqa: PLC0415
    from ..models.screenshot import Screenshot  # noqa: PLC0415
    from ..models.scroll import Scroll  # noqa: PLC0415
    from ..models.type_ import Type  # noqa: PLC0415
    from ..models.wait import Wait  # noqa: PLC0415

    return (
        list_parser(ComputerCallSafetyCheckParam.from_dict),
        discriminated_parser(
            "type",
            {
                "click": Click,
                "double_click": DoubleClick,
                "drag": Drag,
                "keypress": KeyPress,
                "move": Move,
                "screenshot": Screenshot,
                "scroll": Scroll,
                "type": Type,
                "wait": Wait,
            },
        ),
        list_parser(
            discriminated_parser(
                "type",
                {
                    "click": Click,
                    "double_click": DoubleClick,
                    "drag": Drag,
                    "keypress": KeyPress,
                    "move": Move,
                    "screenshot": Screenshot,
                    "scroll": Scroll,
                    "type": Type,
                    "wait": Wait,
                },
            )
        ),
    )


@_attrs_define(init=False, repr=False)
class ResponseComputerToolCall(BaseModel):
    """A tool call to a computer use tool. See the [computer use guide](/docs/guides/tools-computer-use) for more
    information.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique ID of the computer call."""
    call_id: str
    """An identifier used when responding to the tool call with output."""
    pending_safety_checks: list[ComputerCallSafetyCheckParam]
    """The pending safety checks for the computer call."""
    status: ResponseComputerToolCallStatus
    """The status of the item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via
    API.
    """
    type: ResponseComputerToolCallType
    """The type of the computer call. Always `computer_call`."""
    action: Click | DoubleClick | Drag | KeyPress | Move | Screenshot | Scroll | Type | Wait | None
    actions: list[Click | DoubleClick | Drag | KeyPress | Move | Screenshot | Scroll | Type | Wait] | None
    """Flattened batched actions for `computer_use`. Each action includes an `type` discriminator and action-specific
    fields.
    """

    _fields = _FIELDS
    _required = frozenset({"type", "id", "call_id", "pending_safety_checks", "status"})

    def __init__(
        self,
        *,
        id: str,
        call_id: str,
        pending_safety_checks: list[ComputerCallSafetyCheckParam],
        status: ResponseComputerToolCallStatus,
        type: ResponseComputerToolCallType,
        action: Click | DoubleClick | Drag | KeyPress | Move | Screenshot | Scroll | Type | Wait | None | Unset = UNSET,
        actions: list[Click | DoubleClick | Drag | KeyPress | Move | Screenshot | Scroll | Type | Wait]
        | None
        | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "id", "call_id", "pending_safety_checks", "status"}
        self.id = id
        self.call_id = call_id
        self.pending_safety_checks = pending_safety_checks
        self.status = status
        self.type = type
        if isinstance(action, Unset):
            self.action = None
        else:
            self.action = action
            _given_keys.add("action")
        if isinstance(actions, Unset):
            self.actions = None
        else:
            self.actions = actions
            _given_keys.add("actions")
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
            parse_3,
        ) = _parsers()
        obj.id = pop("id", None)
        obj.call_id = pop("call_id", None)
        obj.pending_safety_checks = lenient(pop("pending_safety_checks", None), parse_1)
        obj.status = pop("status", None)
        obj.type = pop("type", None)
        obj.action = lenient(pop("action", None), parse_2)
        obj.actions = lenient(pop("actions", None), parse_3)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("computer_call",)
            and "id" in data
            and "call_id" in data
            and "pending_safety_checks" in data
            and data.get("status")
            in (
                "completed",
                "in_progress",
                "incomplete",
            )
        )
