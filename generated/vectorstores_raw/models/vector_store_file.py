# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreFile`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.vector_store_file_object import VectorStoreFileObject
from ..models.vector_store_file_status import VectorStoreFileStatus
from ..types import UNSET, Unset, lenient, union_parser

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
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "usage_bytes",
        "created_at",
        "vector_store_id",
        "status",
        "last_error",
        "chunking_strategy",
        "attributes",
    }
)


@_attrs_define(init=False, repr=False)
class VectorStoreFile(BaseModel):
    """The VectorStoreFile object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    object: VectorStoreFileObject
    usage_bytes: int
    created_at: int
    vector_store_id: str
    status: VectorStoreFileStatus
    last_error: VectorStoreFileLastErrorType0 | None
    chunking_strategy: StaticChunkingStrategyResponseParam | OtherChunkingStrategy | None
    attributes: dict[str, str | float | bool] | None

    _fields = _FIELDS
    _required = frozenset({"id", "object", "usage_bytes", "created_at", "vector_store_id", "status", "last_error"})

    def __init__(
        self,
        *,
        id: str,
        object: VectorStoreFileObject,
        usage_bytes: int,
        created_at: int,
        vector_store_id: str,
        status: VectorStoreFileStatus,
        last_error: VectorStoreFileLastErrorType0 | None,
        chunking_strategy: StaticChunkingStrategyResponseParam | OtherChunkingStrategy | None | Unset = UNSET,
        attributes: dict[str, str | float | bool] | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"id", "object", "usage_bytes", "created_at", "vector_store_id", "status", "last_error"}
        self.id = id
        self.object = object
        self.usage_bytes = usage_bytes
        self.created_at = created_at
        self.vector_store_id = vector_store_id
        self.status = status
        self.last_error = last_error
        if isinstance(chunking_strategy, Unset):
            self.chunking_strategy = None
        else:
            self.chunking_strategy = chunking_strategy
            _given_keys.add("chunking_strategy")
        if isinstance(attributes, Unset):
            self.attributes = None
        else:
            self.attributes = attributes
            _given_keys.add("attributes")
        self.additional_properties = {}
        self._given = _given_keys
        self._request_id = None

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object without raising on missing, null or unexpected values."""
        from ..models.other_chunking_strategy import OtherChunkingStrategy  # noqa: PLC0415
        from ..models.static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam  # noqa: PLC0415
        from ..models.vector_store_file_last_error_type_0 import VectorStoreFileLastErrorType0  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # dict("") is {} and a list of pairs a dict: neither fits
            raise TypeError(f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        # Straight-line assignments, not __init__: parsing is the hot path.
        obj = cls.__new__(cls)
        obj._given = _KEYS.intersection(d)
        pop = d.pop
        obj.id = pop("id", None)
        obj.object = pop("object", None)
        obj.usage_bytes = pop("usage_bytes", None)
        obj.created_at = pop("created_at", None)
        obj.vector_store_id = pop("vector_store_id", None)
        obj.status = pop("status", None)
        obj.last_error = lenient(pop("last_error", None), VectorStoreFileLastErrorType0.from_dict)
        obj.chunking_strategy = lenient(
            pop("chunking_strategy", None), union_parser(StaticChunkingStrategyResponseParam, OtherChunkingStrategy)
        )
        obj.attributes = pop("attributes", None)
        obj.additional_properties = d
        obj._request_id = None
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
