# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreFileBatch`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.vector_store_file_batch_object import VectorStoreFileBatchObject
from ..models.vector_store_file_batch_status import VectorStoreFileBatchStatus
from ..types import (
    lenient,
)

if TYPE_CHECKING:
    from ..models.file_counts import FileCounts

T = TypeVar("T", bound="VectorStoreFileBatch")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("created_at", "created_at"),
    ("file_counts", "file_counts"),
    ("object", "object"),
    ("status", "status"),
    ("vector_store_id", "vector_store_id"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "created_at", "file_counts", "object", "status", "vector_store_id"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.file_counts import FileCounts  # noqa: PLC0415

    return (FileCounts.from_dict,)


@_attrs_define(init=False, repr=False)
class VectorStoreFileBatch(BaseModel):
    """A batch of files attached to a vector store.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The identifier, which can be referenced in API endpoints."""
    created_at: int
    """The Unix timestamp (in seconds) for when the vector store files batch was created."""
    file_counts: FileCounts
    """How many of the files are in each processing state."""
    object: VectorStoreFileBatchObject
    """The object type, which is always `vector_store.file_batch`."""
    status: VectorStoreFileBatchStatus
    """The status of the vector store files batch, which can be either `in_progress`, `completed`, `cancelled` or
    `failed`.
    """
    vector_store_id: str
    """The ID of the [vector store](/docs/api-reference/vector-stores/object) that the [File](/docs/api-reference/files)
    is attached to.
    """

    _fields = _FIELDS
    _required = frozenset({"id", "object", "created_at", "vector_store_id", "status", "file_counts"})

    def __init__(
        self,
        *,
        id: str,
        created_at: int,
        file_counts: FileCounts,
        object: VectorStoreFileBatchObject,
        status: VectorStoreFileBatchStatus,
        vector_store_id: str,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"id", "object", "created_at", "vector_store_id", "status", "file_counts"}
        self.id = id
        self.created_at = created_at
        self.file_counts = file_counts
        self.object = object
        self.status = status
        self.vector_store_id = vector_store_id
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
        obj.id = pop("id", None)
        obj.created_at = pop("created_at", None)
        obj.file_counts = lenient(pop("file_counts", None), parse_1)
        obj.object = pop("object", None)
        obj.status = pop("status", None)
        obj.vector_store_id = pop("vector_store_id", None)
        obj.additional_properties = d
        obj._request_id = None
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
