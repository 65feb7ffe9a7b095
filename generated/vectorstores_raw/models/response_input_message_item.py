# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseInputMessageItem`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_input_message_item_role import (
    ResponseInputMessageItemRole,
)
from ..models.response_input_message_item_status import (
    ResponseInputMessageItemStatus,
)
from ..models.response_input_message_item_type import (
    ResponseInputMessageItemType,
)
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.response_input_file import ResponseInputFile
    from ..models.response_input_image import ResponseInputImage
    from ..models.response_input_text import ResponseInputText

T = TypeVar("T", bound="ResponseInputMessageItem")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("content", "content"),
    ("role", "role"),
    ("type", "type"),
    ("status", "status"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "content", "role", "type", "status"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.response_input_file import ResponseInputFile  # noqa: PLC0415
    from ..models.response_input_image import ResponseInputImage  # noqa: PLC0415
    from ..models.response_input_text import ResponseInputText  # noqa: PLC0415

    return (
        list_parser(
            discriminated_parser(
                "type",
                {"input_text": ResponseInputText, "input_image": ResponseInputImage, "input_file": ResponseInputFile},
            )
        ),
    )


@_attrs_define(init=False, repr=False)
class ResponseInputMessageItem(BaseModel):
    """A message input to the model with a role indicating instruction following hierarchy. Instructions given with the
    `developer` or `system` role take precedence over instructions given with the `user` role.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique ID of the message input."""
    content: list[ResponseInputText | ResponseInputImage | ResponseInputFile]
    """A list of one or many input items to the model, containing different content types."""
    role: ResponseInputMessageItemRole
    """The role of the message input. One of `user`, `system`, or `developer`."""
    type: ResponseInputMessageItemType
    """The type of the message input. Always set to `message`."""
    status: ResponseInputMessageItemStatus | None
    """The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via
    API.
    """

    _fields = _FIELDS
    _required = frozenset({"type", "role", "content", "id"})

    def __init__(
        self,
        *,
        id: str,
        content: list[ResponseInputText | ResponseInputImage | ResponseInputFile],
        role: ResponseInputMessageItemRole,
        type: ResponseInputMessageItemType,
        status: ResponseInputMessageItemStatus | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "role", "content", "id"}
        self.id = id
        self.content = content
        self.role = role
        self.type = type
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
        (parse_1,) = _parsers()
        obj.id = pop("id", None)
        obj.content = lenient(pop("content", None), parse_1)
        obj.role = pop("role", None)
        obj.type = pop("type", None)
        obj.status = pop("status", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("message",)
            and data.get("role")
            in (
                "developer",
                "system",
                "user",
            )
            and "content" in data
            and "id" in data
        )
