# Generated from openapi.yaml by make generate; do not edit.
"""The ``ItemList`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.item_list_object import ItemListObject
from ..types import (
    discriminated_parser,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.input_message import InputMessage
    from ..models.output_message import OutputMessage
    from ..models.reference import Reference
    from ..models.tool_call import ToolCall

T = TypeVar("T", bound="ItemList")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("data", "data"),
    ("has_more", "has_more"),
    ("object", "object"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"data", "has_more", "object"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.input_message import InputMessage  # noqa: PLC0415
    from ..models.output_message import OutputMessage  # noqa: PLC0415
    from ..models.reference import Reference  # noqa: PLC0415
    from ..models.tool_call import ToolCall  # noqa: PLC0415

    return (
        list_parser(
            discriminated_parser(
                "type", {"message": (InputMessage, OutputMessage), "tool_call": ToolCall, "reference": Reference}
            )
        ),
    )


@_attrs_define(init=False, repr=False)
class ItemList(BaseModel):
    """The ItemList object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    data: list[InputMessage | OutputMessage | ToolCall | Reference]
    has_more: bool
    object: ItemListObject

    _fields = _FIELDS
    _required = frozenset({"object", "data", "has_more"})

    def __init__(
        self,
        *,
        data: list[InputMessage | OutputMessage | ToolCall | Reference],
        has_more: bool,
        object: ItemListObject,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"object", "data", "has_more"}
        self.data = data
        self.has_more = has_more
        self.object = object
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
        obj.data = lenient(pop("data", None), parse_1)
        obj.has_more = pop("has_more", None)
        obj.object = pop("object", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("object") in ("list",) and "data" in data and "has_more" in data
