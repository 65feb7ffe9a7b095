# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseOutputTextAnnotationAddedEvent`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_output_text_annotation_added_event_type import (
    ResponseOutputTextAnnotationAddedEventType,
)
from ..types import (
    discriminated_parser,
    lenient,
)

if TYPE_CHECKING:
    from ..models.container_file_citation import ContainerFileCitation
    from ..models.file_citation import FileCitation
    from ..models.file_path import FilePath
    from ..models.url_citation import URLCitation

T = TypeVar("T", bound="ResponseOutputTextAnnotationAddedEvent")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("annotation", "annotation"),
    ("annotation_index", "annotation_index"),
    ("content_index", "content_index"),
    ("item_id", "item_id"),
    ("output_index", "output_index"),
    ("sequence_number", "sequence_number"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {"annotation", "annotation_index", "content_index", "item_id", "output_index", "sequence_number", "type"}
)


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.container_file_citation import ContainerFileCitation  # noqa: PLC0415
    from ..models.file_citation import FileCitation  # noqa: PLC0415
    from ..models.file_path import FilePath  # noqa: PLC0415
    from ..models.url_citation import URLCitation  # noqa: PLC0415

    return (
        discriminated_parser(
            "type",
            {
                "file_citation": FileCitation,
                "url_citation": URLCitation,
                "container_file_citation": ContainerFileCitation,
                "file_path": FilePath,
            },
        ),
    )


@_attrs_define(init=False, repr=False)
class ResponseOutputTextAnnotationAddedEvent(BaseModel):
    """Emitted when an annotation is added to output text content.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    annotation: FileCitation | URLCitation | ContainerFileCitation | FilePath | None
    """The annotation object being added. (See annotation schema for details.)"""
    annotation_index: int
    """The index of the annotation within the content part."""
    content_index: int
    """The index of the content part within the output item."""
    item_id: str
    """The unique identifier of the item to which the annotation is being added."""
    output_index: int
    """The index of the output item in the response's output array."""
    sequence_number: int
    """The sequence number of this event."""
    type: ResponseOutputTextAnnotationAddedEventType
    """The type of the event. Always 'response.output_text.annotation.added'."""

    _fields = _FIELDS
    _required = frozenset(
        {"type", "item_id", "output_index", "content_index", "annotation_index", "sequence_number", "annotation"}
    )

    def __init__(
        self,
        *,
        annotation: FileCitation | URLCitation | ContainerFileCitation | FilePath | None,
        annotation_index: int,
        content_index: int,
        item_id: str,
        output_index: int,
        sequence_number: int,
        type: ResponseOutputTextAnnotationAddedEventType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {
            "type",
            "item_id",
            "output_index",
            "content_index",
            "annotation_index",
            "sequence_number",
            "annotation",
        }
        self.annotation = annotation
        self.annotation_index = annotation_index
        self.content_index = content_index
        self.item_id = item_id
        self.output_index = output_index
        self.sequence_number = sequence_number
        self.type = type
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
        obj.annotation = lenient(pop("annotation", None), parse_1)
        obj.annotation_index = pop("annotation_index", None)
        obj.content_index = pop("content_index", None)
        obj.item_id = pop("item_id", None)
        obj.output_index = pop("output_index", None)
        obj.sequence_number = pop("sequence_number", None)
        obj.type = pop("type", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("response.output_text.annotation.added",)
            and "item_id" in data
            and "output_index" in data
            and "content_index" in data
            and "annotation_index" in data
            and "sequence_number" in data
            and "annotation" in data
        )
