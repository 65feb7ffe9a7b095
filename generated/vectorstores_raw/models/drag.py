# Generated from openapi.yaml by make generate; do not edit.
"""The ``Drag`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.drag_type import DragType
from ..types import (
    UNSET,
    Unset,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.coordinate import Coordinate

T = TypeVar("T", bound="Drag")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("path", "path"),
    ("type", "type"),
    ("keys", "keys"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"path", "type", "keys"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.coordinate import Coordinate  # noqa: PLC0415

    return (list_parser(Coordinate.from_dict),)


@_attrs_define(init=False, repr=False)
class Drag(BaseModel):
    """A drag action.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    path: list[Coordinate]
    """An array of coordinates representing the path of the drag action. Coordinates will appear as an array of objects,
    eg
    ```
    [
      { x: 100, y: 200 },
      { x: 200, y: 300 }
    ]
    ```
    """
    type: DragType
    """Specifies the event type. For a drag action, this property is always set to `drag`."""
    keys: list[str] | None
    """The keys being held while dragging the mouse."""

    _fields = _FIELDS
    _required = frozenset({"type", "path"})

    def __init__(
        self,
        *,
        path: list[Coordinate],
        type: DragType,
        keys: list[str] | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "path"}
        self.path = path
        self.type = type
        if isinstance(keys, Unset):
            self.keys = None
        else:
            self.keys = keys
            _given_keys.add("keys")
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
        obj.path = lenient(pop("path", None), parse_1)
        obj.type = pop("type", None)
        obj.keys = pop("keys", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("drag",) and "path" in data
