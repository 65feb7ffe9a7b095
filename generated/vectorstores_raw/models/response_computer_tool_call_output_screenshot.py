# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseComputerToolCallOutputScreenshot`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_computer_tool_call_output_screenshot_type import (
    ResponseComputerToolCallOutputScreenshotType,
)
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ResponseComputerToolCallOutputScreenshot")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("type", "type"),
    ("file_id", "file_id"),
    ("image_url", "image_url"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"type", "file_id", "image_url"})


@_attrs_define(init=False, repr=False)
class ResponseComputerToolCallOutputScreenshot(BaseModel):
    """A computer screenshot image used with the computer use tool.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    type: ResponseComputerToolCallOutputScreenshotType
    """Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`."""
    file_id: str | None
    """The identifier of an uploaded file that contains the screenshot."""
    image_url: str | None
    """The URL of the screenshot image."""

    _fields = _FIELDS
    _required = frozenset({"type"})

    def __init__(
        self,
        *,
        type: ResponseComputerToolCallOutputScreenshotType,
        file_id: str | None | Unset = UNSET,
        image_url: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type"}
        self.type = type
        if isinstance(file_id, Unset):
            self.file_id = None
        else:
            self.file_id = file_id
            _given_keys.add("file_id")
        if isinstance(image_url, Unset):
            self.image_url = None
        else:
            self.image_url = image_url
            _given_keys.add("image_url")
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
        obj.type = pop("type", None)
        obj.file_id = pop("file_id", None)
        obj.image_url = pop("image_url", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("computer_screenshot",)
