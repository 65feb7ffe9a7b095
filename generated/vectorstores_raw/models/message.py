# Generated from openapi.yaml by make generate; do not edit.
"""The ``Message`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.message_phase_2 import MessagePhase2
from ..models.message_role import MessageRole
from ..models.message_status import MessageStatus
from ..models.message_type import MessageType
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.computer_screenshot import ComputerScreenshot
    from ..models.reasoning_text import ReasoningText
    from ..models.response_input_file import ResponseInputFile
    from ..models.response_input_image import ResponseInputImage
    from ..models.response_input_text import ResponseInputText
    from ..models.response_output_refusal import ResponseOutputRefusal
    from ..models.response_output_text import ResponseOutputText
    from ..models.summary_text import SummaryText
    from ..models.text_content import TextContent

T = TypeVar("T", bound="Message")

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
    from ..models.computer_screenshot import ComputerScreenshot  # noqa: PLC0415
    from ..models.reasoning_text import ReasoningText  # noqa: PLC0415
    from ..models.response_input_file import ResponseInputFile  # noqa: PLC0415
    from ..models.response_input_image import ResponseInputImage  # noqa: PLC0415
    from ..models.response_input_text import ResponseInputText  # noqa: PLC0415
    from ..models.response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415
    from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415
    from ..models.summary_text import SummaryText  # noqa: PLC0415
    from ..models.text_content import TextContent  # noqa: PLC0415

    return (
        list_parser(
            discriminated_parser(
                "type",
                {
                    "input_text": ResponseInputText,
                    "output_text": ResponseOutputText,
                    "text": TextContent,
                    "summary_text": SummaryText,
                    "reasoning_text": ReasoningText,
                    "refusal": ResponseOutputRefusal,
                    "input_image": ResponseInputImage,
                    "computer_screenshot": ComputerScreenshot,
                    "input_file": ResponseInputFile,
                },
            )
        ),
    )


@_attrs_define(init=False, repr=False)
class Message(BaseModel):
    """A message to or from the model.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique ID of the message."""
    content: list[
        ResponseInputText
        | ResponseOutputText
        | TextContent
        | SummaryText
        | ReasoningText
        | ResponseOutputRefusal
        | ResponseInputImage
        | ComputerScreenshot
        | ResponseInputFile
    ]
    """The content of the message"""
    role: MessageRole
    """The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`, `discriminator`, `developer`,
    or `tool`.
    """
    status: MessageStatus
    """The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via
    API.
    """
    type: MessageType
    """The type of the message. Always set to `message`."""
    phase: MessagePhase2 | None
    """Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`). For
    models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend phase on all
    assistant messages — dropping it can degrade performance. Not used for user messages.
    """

    _fields = _FIELDS
    _required = frozenset({"type", "id", "status", "role", "content"})

    def __init__(
        self,
        *,
        id: str,
        content: list[
            ResponseInputText
            | ResponseOutputText
            | TextContent
            | SummaryText
            | ReasoningText
            | ResponseOutputRefusal
            | ResponseInputImage
            | ComputerScreenshot
            | ResponseInputFile
        ],
        role: MessageRole,
        status: MessageStatus,
        type: MessageType,
        phase: MessagePhase2 | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "id", "status", "role", "content"}
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
            data.get("type") in ("message",)
            and "id" in data
            and data.get("status")
            in (
                "completed",
                "in_progress",
                "incomplete",
            )
            and data.get("role")
            in (
                "assistant",
                "critic",
                "developer",
                "discriminator",
                "system",
                "tool",
                "unknown",
                "user",
            )
            and "content" in data
        )
