# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseOutputText`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_output_text_type import ResponseOutputTextType
from ..types import (
    discriminated_parser,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.container_file_citation import ContainerFileCitation
    from ..models.file_citation import FileCitation
    from ..models.file_path import FilePath
    from ..models.log_probability import LogProbability
    from ..models.url_citation import URLCitation

T = TypeVar("T", bound="ResponseOutputText")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("annotations", "annotations"),
    ("logprobs", "logprobs"),
    ("text", "text"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"annotations", "logprobs", "text", "type"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.container_file_citation import ContainerFileCitation  # noqa: PLC0415
    from ..models.file_citation import FileCitation  # noqa: PLC0415
    from ..models.file_path import FilePath  # noqa: PLC0415
    from ..models.log_probability import LogProbability  # noqa: PLC0415
    from ..models.url_citation import URLCitation  # noqa: PLC0415

    return (
        list_parser(
            discriminated_parser(
                "type",
                {
                    "file_citation": FileCitation,
                    "url_citation": URLCitation,
                    "container_file_citation": ContainerFileCitation,
                    "file_path": FilePath,
                },
            )
        ),
        list_parser(LogProbability.from_dict),
    )


@_attrs_define(init=False, repr=False)
class ResponseOutputText(BaseModel):
    """A text output from the model.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    annotations: list[FileCitation | URLCitation | ContainerFileCitation | FilePath]
    """The annotations of the text output."""
    logprobs: list[LogProbability]
    text: str
    """The text output from the model."""
    type: ResponseOutputTextType
    """The type of the output text. Always `output_text`."""

    _fields = _FIELDS
    _required = frozenset({"type", "text", "annotations", "logprobs"})

    def __init__(
        self,
        *,
        annotations: list[FileCitation | URLCitation | ContainerFileCitation | FilePath],
        logprobs: list[LogProbability],
        text: str,
        type: ResponseOutputTextType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "text", "annotations", "logprobs"}
        self.annotations = annotations
        self.logprobs = logprobs
        self.text = text
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
        (
            parse_1,
            parse_2,
        ) = _parsers()
        obj.annotations = lenient(pop("annotations", None), parse_1)
        obj.logprobs = lenient(pop("logprobs", None), parse_2)
        obj.text = pop("text", None)
        obj.type = pop("type", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("output_text",) and "text" in data and "annotations" in data and "logprobs" in data
