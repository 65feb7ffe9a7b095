# Generated from openapi.yaml by make generate; do not edit.
"""The ``ListVectorStoreFilesResponse`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, lenient, list_parser, take, to_json

if TYPE_CHECKING:
    from ..models.vector_store_file import VectorStoreFile

T = TypeVar("T", bound="ListVectorStoreFilesResponse")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("object", "object"),
    ("data", "data"),
    ("first_id", "first_id"),
    ("last_id", "last_id"),
    ("has_more", "has_more"),
)


@_attrs_define
class ListVectorStoreFilesResponse:
    """The ListVectorStoreFilesResponse object.

    Parsed leniently: a field the server left out is ``UNSET``, a value that does not fit the
    documented type is kept as sent, and keys the document does not list are kept in
    ``additional_properties`` (also readable as ``obj["key"]``).
    """

    object: str
    data: list[VectorStoreFile]
    first_id: str | None
    last_id: str | None
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model; unknown keys are written back too."""
        field_dict: dict[str, Any] = {key: to_json(value) for key, value in self.additional_properties.items()}
        for attribute, key in _FIELDS:
            value = getattr(self, attribute)
            if value is not UNSET:
                field_dict[key] = to_json(value)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object without raising on missing, null or unexpected values."""
        from ..models.vector_store_file import VectorStoreFile  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # dict("") is {} and a list of pairs a dict: neither fits
            raise TypeError(f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        obj = cls(
            object=take(d, "object"),
            data=lenient(take(d, "data"), list_parser(VectorStoreFile.from_dict)),
            first_id=take(d, "first_id"),
            last_id=take(d, "last_id"),
            has_more=take(d, "has_more"),
        )
        obj.additional_properties = d
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "object" in data and "data" in data and "first_id" in data and "last_id" in data and "has_more" in data

    @property
    def additional_keys(self) -> list[str]:
        """Keys the server sent that the document does not list."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
