# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFormatTextJSONSchemaConfig`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_format_text_json_schema_config_type import (
    ResponseFormatTextJSONSchemaConfigType,
)
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    pass

T = TypeVar("T", bound="ResponseFormatTextJSONSchemaConfig")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "name"),
    ("schema", "schema"),
    ("type", "type"),
    ("description", "description"),
    ("strict", "strict"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"name", "schema", "type", "description", "strict"})


@_attrs_define(init=False, repr=False)
class ResponseFormatTextJSONSchemaConfig(BaseModel):
    """JSON Schema response format. Used to generate structured JSON responses. Learn more about [Structured
    Outputs](/docs/guides/structured-outputs).

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    name: str
    """The name of the response format. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length
    of 64.
    """
    schema: dict[str, Any]
    """The schema for the response format, described as a JSON Schema object. Learn how to build JSON schemas
    [here](https://json-schema.org/).
    """
    type: ResponseFormatTextJSONSchemaConfigType
    """The type of response format being defined. Always `json_schema`."""
    description: str | None
    """A description of what the response format is for, used by the model to determine how to respond in the format."""
    strict: bool | None
    """Whether to enable strict schema adherence when generating the output. If set to true, the model will always
    follow the exact schema defined in the `schema` field. Only a subset of JSON Schema is supported when `strict` is
    `true`. To learn more, read the [Structured Outputs guide](/docs/guides/structured-outputs).
    """

    _fields = _FIELDS
    _required = frozenset({"type", "name", "schema"})

    def __init__(
        self,
        *,
        name: str,
        schema: dict[str, Any],
        type: ResponseFormatTextJSONSchemaConfigType,
        description: str | None | Unset = UNSET,
        strict: bool | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "name", "schema"}
        self.name = name
        self.schema = schema
        self.type = type
        if isinstance(description, Unset):
            self.description = None
        else:
            self.description = description
            _given_keys.add("description")
        if isinstance(strict, Unset):
            self.strict = None
        else:
            self.strict = strict
            _given_keys.add("strict")
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
        obj.name = pop("name", None)
        obj.schema = pop("schema", None)
        obj.type = pop("type", None)
        obj.description = pop("description", None)
        obj.strict = pop("strict", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("json_schema",) and "name" in data and "schema" in data
