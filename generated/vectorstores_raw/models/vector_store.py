# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStore`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.vector_store_object import VectorStoreObject
from ..models.vector_store_status import VectorStoreStatus
from ..types import (
    UNSET,
    Unset,
    lenient,
)

if TYPE_CHECKING:
    from ..models.file_counts import FileCounts
    from ..models.vector_store_expiration_policy import VectorStoreExpirationPolicy

T = TypeVar("T", bound="VectorStore")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("created_at", "created_at"),
    ("file_counts", "file_counts"),
    ("last_active_at", "last_active_at"),
    ("metadata", "metadata"),
    ("name", "name"),
    ("object", "object"),
    ("status", "status"),
    ("usage_bytes", "usage_bytes"),
    ("description", "description"),
    ("expires_after", "expires_after"),
    ("expires_at", "expires_at"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "file_counts",
        "last_active_at",
        "metadata",
        "name",
        "object",
        "status",
        "usage_bytes",
        "description",
        "expires_after",
        "expires_at",
    }
)


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.file_counts import FileCounts  # noqa: PLC0415
    from ..models.vector_store_expiration_policy import VectorStoreExpirationPolicy  # noqa: PLC0415

    return (
        FileCounts.from_dict,
        VectorStoreExpirationPolicy.from_dict,
    )


@_attrs_define(init=False, repr=False)
class VectorStore(BaseModel):
    """A vector store is a collection of processed files can be used by the `file_search` tool.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The identifier, which can be referenced in API endpoints."""
    created_at: int
    """The Unix timestamp (in seconds) for when the vector store was created."""
    file_counts: FileCounts
    """How many of the files are in each processing state."""
    last_active_at: int | None
    """The Unix timestamp (in seconds) for when the vector store was last active."""
    metadata: dict[str, str] | None
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
    characters.
    """
    name: str | None
    """The name of the vector store."""
    object: VectorStoreObject
    """The object type, which is always `vector_store`."""
    status: VectorStoreStatus
    """The status of the vector store, which can be either `expired`, `in_progress`, or `completed`. A status of
    `completed` indicates that the vector store is ready for use.
    """
    usage_bytes: int
    """The total number of bytes used by the files in the vector store."""
    description: str | None
    """The description given when the store was created or last updated (null when none was)."""
    expires_after: VectorStoreExpirationPolicy | None
    """The expiration policy for a vector store."""
    expires_at: int | None
    """The Unix timestamp (in seconds) for when the vector store will expire."""

    _fields = _FIELDS
    _required = frozenset(
        {"id", "object", "created_at", "name", "usage_bytes", "file_counts", "status", "last_active_at", "metadata"}
    )

    def __init__(
        self,
        *,
        id: str,
        created_at: int,
        file_counts: FileCounts,
        last_active_at: int | None,
        metadata: dict[str, str] | None,
        name: str | None,
        object: VectorStoreObject,
        status: VectorStoreStatus,
        usage_bytes: int,
        description: str | None | Unset = UNSET,
        expires_after: VectorStoreExpirationPolicy | None | Unset = UNSET,
        expires_at: int | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {
            "id",
            "object",
            "created_at",
            "name",
            "usage_bytes",
            "file_counts",
            "status",
            "last_active_at",
            "metadata",
        }
        self.id = id
        self.created_at = created_at
        self.file_counts = file_counts
        self.last_active_at = last_active_at
        self.metadata = metadata
        self.name = name
        self.object = object
        self.status = status
        self.usage_bytes = usage_bytes
        if isinstance(description, Unset):
            self.description = None
        else:
            self.description = description
            _given_keys.add("description")
        if isinstance(expires_after, Unset):
            self.expires_after = None
        else:
            self.expires_after = expires_after
            _given_keys.add("expires_after")
        if isinstance(expires_at, Unset):
            self.expires_at = None
        else:
            self.expires_at = expires_at
            _given_keys.add("expires_at")
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
        obj.id = pop("id", None)
        obj.created_at = pop("created_at", None)
        obj.file_counts = lenient(pop("file_counts", None), parse_1)
        obj.last_active_at = pop("last_active_at", None)
        obj.metadata = pop("metadata", None)
        obj.name = pop("name", None)
        obj.object = pop("object", None)
        obj.status = pop("status", None)
        obj.usage_bytes = pop("usage_bytes", None)
        obj.description = pop("description", None)
        obj.expires_after = lenient(pop("expires_after", None), parse_2)
        obj.expires_at = pop("expires_at", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            "id" in data
            and data.get("object") in ("vector_store",)
            and "created_at" in data
            and "name" in data
            and "usage_bytes" in data
            and "file_counts" in data
            and data.get("status")
            in (
                "completed",
                "expired",
                "in_progress",
            )
            and "last_active_at" in data
            and "metadata" in data
        )
