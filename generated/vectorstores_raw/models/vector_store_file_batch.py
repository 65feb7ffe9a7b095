# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreFileBatch`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_file_batch_object import VectorStoreFileBatchObject
from ..models.vector_store_file_batch_status import VectorStoreFileBatchStatus
from ..types import UNSET, lenient, take, to_json

if TYPE_CHECKING:
    from ..models.file_counts import FileCounts

T = TypeVar("T", bound="VectorStoreFileBatch")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("object", "object"),
    ("created_at", "created_at"),
    ("vector_store_id", "vector_store_id"),
    ("status", "status"),
    ("file_counts", "file_counts"),
)


@_attrs_define
class VectorStoreFileBatch:
    """The VectorStoreFileBatch object.

    Parsed leniently: a field the server left out is ``UNSET``, a value that does not fit the
    documented type is kept as sent, and keys the document does not list are kept in
    ``additional_properties`` (also readable as ``obj["key"]``).
    """

    id: str
    object: VectorStoreFileBatchObject
    created_at: int
    vector_store_id: str
    status: VectorStoreFileBatchStatus
    file_counts: FileCounts
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
        from ..models.file_counts import FileCounts  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # dict("") is {} and a list of pairs a dict: neither fits
            raise TypeError(f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        obj = cls(
            id=take(d, "id"),
            object=take(d, "object"),
            created_at=take(d, "created_at"),
            vector_store_id=take(d, "vector_store_id"),
            status=take(d, "status"),
            file_counts=lenient(take(d, "file_counts"), FileCounts.from_dict),
        )
        obj.additional_properties = d
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            "id" in data
            and data.get("object")
            in (
                "vector_store.file_batch",
                "vector_store.files_batch",
            )
            and "created_at" in data
            and "vector_store_id" in data
            and data.get("status")
            in (
                "cancelled",
                "completed",
                "failed",
                "in_progress",
            )
            and "file_counts" in data
        )

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
