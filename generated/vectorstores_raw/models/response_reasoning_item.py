# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseReasoningItem`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_reasoning_item_status import ResponseReasoningItemStatus
from ..models.response_reasoning_item_type import ResponseReasoningItemType
from ..types import (
    UNSET,
    Unset,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.reasoning_text import ReasoningText
    from ..models.summary_text import SummaryText

T = TypeVar("T", bound="ResponseReasoningItem")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("summary", "summary"),
    ("type", "type"),
    ("content", "content"),
    ("encrypted_content", "encrypted_content"),
    ("status", "status"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "summary", "type", "content", "encrypted_content", "status"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.reasoning_text import ReasoningText  # noqa: PLC0415
    from ..models.summary_text import SummaryText  # noqa: PLC0415

    return (
        list_parser(SummaryText.from_dict),
        list_parser(ReasoningText.from_dict),
    )


@_attrs_define(init=False, repr=False)
class ResponseReasoningItem(BaseModel):
    """A description of the chain of thought used by a reasoning model while generating a response. Be sure to include
    these items in your `input` to the Responses API for subsequent turns of a conversation if you are manually
    [managing context](/docs/guides/conversation-state).

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique identifier of the reasoning content."""
    summary: list[SummaryText]
    """Reasoning summary content."""
    type: ResponseReasoningItemType
    """The type of the object. Always `reasoning`."""
    content: list[ReasoningText] | None
    """Reasoning text content."""
    encrypted_content: str | None
    """The encrypted content of the reasoning item. This is populated by default for reasoning items returned by `POST
    /v1/responses` and WebSocket `response.create` requests.

    When streaming, use the completed reasoning item and its `encrypted_content` from the `response.output_item.done`
    event in subsequent requests. The `encrypted_content` in `response.output_item.added` may be incomplete. This is
    especially important when `store` is `false` or when using Zero Data Retention.
    """
    status: ResponseReasoningItemStatus | None
    """The status of the item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via
    API.
    """

    _fields = _FIELDS
    _required = frozenset({"type", "id", "summary"})

    def __init__(
        self,
        *,
        id: str,
        summary: list[SummaryText],
        type: ResponseReasoningItemType,
        content: list[ReasoningText] | None | Unset = UNSET,
        encrypted_content: str | None | Unset = UNSET,
        status: ResponseReasoningItemStatus | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "id", "summary"}
        self.id = id
        self.summary = summary
        self.type = type
        if isinstance(content, Unset):
            self.content = None
        else:
            self.content = content
            _given_keys.add("content")
        if isinstance(encrypted_content, Unset):
            self.encrypted_content = None
        else:
            self.encrypted_content = encrypted_content
            _given_keys.add("encrypted_content")
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
        obj.id = pop("id", None)
        obj.summary = lenient(pop("summary", None), parse_1)
        obj.type = pop("type", None)
        obj.content = lenient(pop("content", None), parse_2)
        obj.encrypted_content = pop("encrypted_content", None)
        obj.status = pop("status", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("reasoning",) and "id" in data and "summary" in data
