# Generated from openapi.yaml by make generate; do not edit.
"""The ``Click`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.click_button_type import ClickButtonType
from ..models.click_type import ClickType
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="Click")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("button", "button"),
    ("type", "type"),
    ("x", "x"),
    ("y", "y"),
    ("keys", "keys"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"button", "type", "x", "y", "keys"})


@_attrs_define(init=False, repr=False)
class Click(BaseModel):
    """A click action.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    button: ClickButtonType
    """Indicates which mouse button was pressed during the click. One of `left`, `right`, `wheel`, `back`, or `forward`.
    """
    type: ClickType
    """Specifies the event type. For a click action, this property is always `click`."""
    x: int
    """The x-coordinate where the click occurred."""
    y: int
    """The y-coordinate where the click occurred."""
    keys: list[str] | None
    """The keys being held while clicking."""

    _fields = _FIELDS
    _required = frozenset({"type", "button", "x", "y"})

    def __init__(
        self,
        *,
        button: ClickButtonType,
        type: ClickType,
        x: int,
        y: int,
        keys: list[str] | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "button", "x", "y"}
        self.button = button
        self.type = type
        self.x = x
        self.y = y
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
        obj.button = pop("button", None)
        obj.type = pop("type", None)
        obj.x = pop("x", None)
        obj.y = pop("y", None)
        obj.keys = pop("keys", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("click",)
            and data.get("button")
            in (
                "back",
                "forward",
                "left",
                "right",
                "wheel",
            )
            and "x" in data
            and "y" in data
        )
