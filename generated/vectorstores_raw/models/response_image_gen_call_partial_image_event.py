# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseImageGenCallPartialImageEvent`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_image_gen_call_partial_image_event_type import (
    ResponseImageGenCallPartialImageEventType,
)
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ResponseImageGenCallPartialImageEvent")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("item_id", "item_id"),
    ("output_index", "output_index"),
    ("partial_image_b64", "partial_image_b64"),
    ("partial_image_index", "partial_image_index"),
    ("sequence_number", "sequence_number"),
    ("type", "type"),
    ("background", "background"),
    ("output_format", "output_format"),
    ("quality", "quality"),
    ("size", "size"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {
        "item_id",
        "output_index",
        "partial_image_b64",
        "partial_image_index",
        "sequence_number",
        "type",
        "background",
        "output_format",
        "quality",
        "size",
    }
)


@_attrs_define(init=False, repr=False)
class ResponseImageGenCallPartialImageEvent(BaseModel):
    """Emitted when a partial image is available during image generation streaming.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    item_id: str
    """The unique identifier of the image generation item being processed."""
    output_index: int
    """The index of the output item in the response's output array."""
    partial_image_b64: str
    """Base64-encoded partial image data, suitable for rendering as an image."""
    partial_image_index: int
    """0-based index for the partial image (backend is 1-based, but this is 0-based for the user)."""
    sequence_number: int
    """The sequence number of the image generation item being processed."""
    type: ResponseImageGenCallPartialImageEventType
    """The type of the event. Always 'response.image_generation_call.partial_image'."""
    background: str | None
    """The background setting that was used."""
    output_format: str | None
    """The output format that was used."""
    quality: str | None
    """The image quality that was used."""
    size: str | None
    """The image size that was used."""

    _fields = _FIELDS
    _required = frozenset(
        {"type", "output_index", "item_id", "sequence_number", "partial_image_index", "partial_image_b64"}
    )

    def __init__(
        self,
        *,
        item_id: str,
        output_index: int,
        partial_image_b64: str,
        partial_image_index: int,
        sequence_number: int,
        type: ResponseImageGenCallPartialImageEventType,
        background: str | None | Unset = UNSET,
        output_format: str | None | Unset = UNSET,
        quality: str | None | Unset = UNSET,
        size: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "output_index", "item_id", "sequence_number", "partial_image_index", "partial_image_b64"}
        self.item_id = item_id
        self.output_index = output_index
        self.partial_image_b64 = partial_image_b64
        self.partial_image_index = partial_image_index
        self.sequence_number = sequence_number
        self.type = type
        if isinstance(background, Unset):
            self.background = None
        else:
            self.background = background
            _given_keys.add("background")
        if isinstance(output_format, Unset):
            self.output_format = None
        else:
            self.output_format = output_format
            _given_keys.add("output_format")
        if isinstance(quality, Unset):
            self.quality = None
        else:
            self.quality = quality
            _given_keys.add("quality")
        if isinstance(size, Unset):
            self.size = None
        else:
            self.size = size
            _given_keys.add("size")
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
        obj.item_id = pop("item_id", None)
        obj.output_index = pop("output_index", None)
        obj.partial_image_b64 = pop("partial_image_b64", None)
        obj.partial_image_index = pop("partial_image_index", None)
        obj.sequence_number = pop("sequence_number", None)
        obj.type = pop("type", None)
        obj.background = pop("background", None)
        obj.output_format = pop("output_format", None)
        obj.quality = pop("quality", None)
        obj.size = pop("size", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("response.image_generation_call.partial_image",)
            and "output_index" in data
            and "item_id" in data
            and "sequence_number" in data
            and "partial_image_index" in data
            and "partial_image_b64" in data
        )
