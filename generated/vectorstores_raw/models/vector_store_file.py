# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreFile`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_file_object import VectorStoreFileObject
from ..models.vector_store_file_status import VectorStoreFileStatus
from ..types import UNSET, Unset, lenient, take, to_json, union_parser

if TYPE_CHECKING:
    from ..models.other_chunking_strategy import OtherChunkingStrategy
    from ..models.static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam
    from ..models.vector_store_file_last_error_type_0 import VectorStoreFileLastErrorType0

T = TypeVar("T", bound="VectorStoreFile")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("object", "object"),
    ("usage_bytes", "usage_bytes"),
    ("created_at", "created_at"),
    ("vector_store_id", "vector_store_id"),
    ("status", "status"),
    ("last_error", "last_error"),
    ("chunking_strategy", "chunking_strategy"),
    ("attributes", "attributes"),
)


@_attrs_define
class VectorStoreFile:
    """The VectorStoreFile object.

    Parsed leniently: a field the server left out is ``UNSET``, a value that does not fit the
    documented type is kept as sent, and keys the document does not list are kept in
    ``additional_properties`` (also readable as ``obj["key"]``).
    """

    id: str
    object: VectorStoreFileObject
    usage_bytes: int
    created_at: int
    vector_store_id: str
    status: VectorStoreFileStatus
    last_error: VectorStoreFileLastErrorType0 | None
    chunking_strategy: StaticChunkingStrategyResponseParam | OtherChunkingStrategy | Unset = UNSET
    attributes: dict[str, str | float | bool] | None | Unset = UNSET
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
        from ..models.other_chunking_strategy import OtherChunkingStrategy  # noqa: PLC0415
        from ..models.static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam  # noqa: PLC0415
        from ..models.vector_store_file_last_error_type_0 import VectorStoreFileLastErrorType0  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # dict("") is {} and a list of pairs a dict: neither fits
            raise TypeError(f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        obj = cls(
            id=take(d, "id"),
            object=take(d, "object"),
            usage_bytes=take(d, "usage_bytes"),
            created_at=take(d, "created_at"),
            vector_store_id=take(d, "vector_store_id"),
            status=take(d, "status"),
            last_error=lenient(take(d, "last_error"), VectorStoreFileLastErrorType0.from_dict),
            chunking_strategy=lenient(
                take(d, "chunking_strategy"), union_parser(StaticChunkingStrategyResponseParam, OtherChunkingStrategy)
            ),
            attributes=take(d, "attributes"),
        )
        obj.additional_properties = d
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            "id" in data
            and data.get("object") in ("vector_store.file",)
            and "usage_bytes" in data
            and "created_at" in data
            and "vector_store_id" in data
            and data.get("status")
            in (
                "cancelled",
                "completed",
                "failed",
                "in_progress",
            )
            and "last_error" in data
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
