# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseOutputMessage`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.message_phase import MessagePhase
from ..models.response_output_message_role import ResponseOutputMessageRole
from ..models.response_output_message_status import ResponseOutputMessageStatus
from ..models.response_output_message_type import ResponseOutputMessageType
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.response_output_refusal import ResponseOutputRefusal
    from ..models.response_output_text import ResponseOutputText

T = TypeVar("T", bound="ResponseOutputMessage")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("content", "content"),
    ("role", "role"),
    ("status", "status"),
    ("type", "type"),
    ("phase", "phase"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "content", "role", "status", "type", "phase"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415
    from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415

    return (
        list_parser(
            discriminated_parser("type", {"output_text": ResponseOutputText, "refusal": ResponseOutputRefusal})
        ),
    )


@_attrs_define(init=False, repr=False)
class ResponseOutputMessage(BaseModel):
    """An output message from the model.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique ID of the output message."""
    content: list[ResponseOutputText | ResponseOutputRefusal]
    """The content of the output message."""
    role: ResponseOutputMessageRole
    """The role of the output message. Always `assistant`."""
    status: ResponseOutputMessageStatus
    """The status of the message input. One of `in_progress`, `completed`, or `incomplete`. Populated when input items
    are returned via API.
    """
    type: ResponseOutputMessageType
    """The type of the output message. Always `message`."""
    phase: MessagePhase | None
    """Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`). For
    models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend phase on all
    assistant messages — dropping it can degrade performance. Not used for user messages.
    """

    _fields = _FIELDS
    _required = frozenset({"id", "type", "role", "content", "status"})

    def __init__(
        self,
        *,
        id: str,
        content: list[ResponseOutputText | ResponseOutputRefusal],
        role: ResponseOutputMessageRole,
        status: ResponseOutputMessageStatus,
        type: ResponseOutputMessageType,
        phase: MessagePhase | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"id", "type", "role", "content", "status"}
        self.id = id
        self.content = content
        self.role = role
        self.status = status
        self.type = type
        if isinstance(phase, Unset):
            self.phase = None
        else:
            self.phase = phase
            _given_keys.add("phase")
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
        obj.content = lenient(pop("content", None), parse_1)
        obj.role = pop("role", None)
        obj.status = pop("status", None)
        obj.type = pop("type", None)
        obj.phase = pop("phase", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            "id" in data
            and data.get("type") in ("message",)
            and data.get("role") in ("assistant",)
            and "content" in data
            and data.get("status")
            in (
                "completed",
                "in_progress",
                "incomplete",
            )
        )
