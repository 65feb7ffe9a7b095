# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseTextConfig`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.verbosity_type_0 import VerbosityType0
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
)

if TYPE_CHECKING:
    from ..models.response_format_json_object import ResponseFormatJSONObject
    from ..models.response_format_text import ResponseFormatText
    from ..models.response_format_text_json_schema_config import ResponseFormatTextJSONSchemaConfig

T = TypeVar("T", bound="ResponseTextConfig")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("format", "format"),
    ("verbosity", "verbosity"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"format", "verbosity"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.response_format_json_object import ResponseFormatJSONObject  # noqa: PLC0415
    from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415
    from ..models.response_format_text_json_schema_config import ResponseFormatTextJSONSchemaConfig  # noqa: PLC0415

    return (
        discriminated_parser(
            "type",
            {
                "text": ResponseFormatText,
                "json_schema": ResponseFormatTextJSONSchemaConfig,
                "json_object": ResponseFormatJSONObject,
            },
        ),
    )


@_attrs_define(init=False, repr=False)
class ResponseTextConfig(BaseModel):
    """Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more:

    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    format: ResponseFormatText | ResponseFormatTextJSONSchemaConfig | ResponseFormatJSONObject | None
    """An object specifying the format that the model must output.

    Configuring `{ "type": "json_schema" }` enables Structured Outputs, which ensures the model will match your
    supplied JSON schema. Learn more in the [Structured Outputs guide](/docs/guides/structured-outputs).

    The default format is `{ "type": "text" }` with no additional options.

    **Not recommended for gpt-4o and newer models:**

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures the message the model generates
    is valid JSON. Using `json_schema` is preferred for models that support it.
    """
    verbosity: VerbosityType0 | None
    """Constrains the verbosity of the model's response. Lower values will result in more concise responses, while
    higher values will result in more verbose responses. Currently supported values are `low`, `medium`, and `high`.
    The default is `medium`.
    """

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        format: ResponseFormatText
        | ResponseFormatTextJSONSchemaConfig
        | ResponseFormatJSONObject
        | None
        | Unset = UNSET,
        verbosity: VerbosityType0 | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(format, Unset):
            self.format = None
        else:
            self.format = format
            _given_keys.add("format")
        if isinstance(verbosity, Unset):
            self.verbosity = None
        else:
            self.verbosity = verbosity
            _given_keys.add("verbosity")
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
        obj.format = lenient(pop("format", None), parse_1)
        obj.verbosity = pop("verbosity", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
