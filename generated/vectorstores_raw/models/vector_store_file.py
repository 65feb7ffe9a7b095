# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreFile`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.vector_store_file_object import VectorStoreFileObject
from ..models.vector_store_file_status import VectorStoreFileStatus
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
)

if TYPE_CHECKING:
    from ..models.other_chunking_strategy import OtherChunkingStrategy
    from ..models.static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam
    from ..models.vector_store_file_last_error_type_0 import VectorStoreFileLastErrorType0

T = TypeVar("T", bound="VectorStoreFile")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("created_at", "created_at"),
    ("last_error", "last_error"),
    ("object", "object"),
    ("status", "status"),
    ("usage_bytes", "usage_bytes"),
    ("vector_store_id", "vector_store_id"),
    ("attributes", "attributes"),
    ("chunking_strategy", "chunking_strategy"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "last_error",
        "object",
        "status",
        "usage_bytes",
        "vector_store_id",
        "attributes",
        "chunking_strategy",
    }
)


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.other_chunking_strategy import OtherChunkingStrategy  # noqa: PLC0415
    from ..models.static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam  # noqa: PLC0415
    from ..models.vector_store_file_last_error_type_0 import VectorStoreFileLastErrorType0  # noqa: PLC0415

    return (
        VectorStoreFileLastErrorType0.from_dict,
        discriminated_parser("type", {"static": StaticChunkingStrategyResponseParam, "other": OtherChunkingStrategy}),
    )


@_attrs_define(init=False, repr=False)
class VectorStoreFile(BaseModel):
    """A list of files attached to a vector store.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The identifier, which can be referenced in API endpoints."""
    created_at: int
    """The Unix timestamp (in seconds) for when the vector store file was created."""
    last_error: VectorStoreFileLastErrorType0 | None
    """The last error associated with this vector store file. Will be `null` if there are no errors."""
    object: VectorStoreFileObject
    """The object type, which is always `vector_store.file`."""
    status: VectorStoreFileStatus
    """The status of the vector store file, which can be either `in_progress`, `completed`, `cancelled`, or `failed`.
    The status `completed` indicates that the vector store file is ready for use.
    """
    usage_bytes: int
    """The total vector store usage in bytes. Note that this may be different from the original file size."""
    vector_store_id: str
    """The ID of the [vector store](/docs/api-reference/vector-stores/object) that the [File](/docs/api-reference/files)
    is attached to.
    """
    attributes: dict[str, str | float | bool] | None
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard. Keys are
    strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters,
    booleans, or numbers.
    """
    chunking_strategy: StaticChunkingStrategyResponseParam | OtherChunkingStrategy | None
    """The strategy used to chunk the file."""

    _fields = _FIELDS
    _required = frozenset({"id", "object", "usage_bytes", "created_at", "vector_store_id", "status", "last_error"})

    def __init__(
        self,
        *,
        id: str,
        created_at: int,
        last_error: VectorStoreFileLastErrorType0 | None,
        object: VectorStoreFileObject,
        status: VectorStoreFileStatus,
        usage_bytes: int,
        vector_store_id: str,
        attributes: dict[str, str | float | bool] | None | Unset = UNSET,
        chunking_strategy: StaticChunkingStrategyResponseParam | OtherChunkingStrategy | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"id", "object", "usage_bytes", "created_at", "vector_store_id", "status", "last_error"}
        self.id = id
        self.created_at = created_at
        self.last_error = last_error
        self.object = object
        self.status = status
        self.usage_bytes = usage_bytes
        self.vector_store_id = vector_store_id
        if isinstance(attributes, Unset):
            self.attributes = None
        else:
            self.attributes = attributes
            _given_keys.add("attributes")
        if isinstance(chunking_strategy, Unset):
            self.chunking_strategy = None
        else:
            self.chunking_strategy = chunking_strategy
            _given_keys.add("chunking_strategy")
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
        obj.last_error = lenient(pop("last_error", None), parse_1)
        obj.object = pop("object", None)
        obj.status = pop("status", None)
        obj.usage_bytes = pop("usage_bytes", None)
        obj.vector_store_id = pop("vector_store_id", None)
        obj.attributes = pop("attributes", None)
        obj.chunking_strategy = lenient(pop("chunking_strategy", None), parse_2)
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
