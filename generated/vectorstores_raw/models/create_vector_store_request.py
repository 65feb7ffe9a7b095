# Generated from openapi.yaml by make generate; do not edit.
"""The ``CreateVectorStoreRequest`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
)

if TYPE_CHECKING:
    from ..models.auto_chunking_strategy import AutoChunkingStrategy
    from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
    from ..models.vector_store_expiration_policy import VectorStoreExpirationPolicy

T = TypeVar("T", bound="CreateVectorStoreRequest")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("chunking_strategy", "chunking_strategy"),
    ("description", "description"),
    ("expires_after", "expires_after"),
    ("file_ids", "file_ids"),
    ("metadata", "metadata"),
    ("name", "name"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"chunking_strategy", "description", "expires_after", "file_ids", "metadata", "name"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.auto_chunking_strategy import AutoChunkingStrategy  # noqa: PLC0415
    from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam  # noqa: PLC0415
    from ..models.vector_store_expiration_policy import VectorStoreExpirationPolicy  # noqa: PLC0415

    return (
        discriminated_parser("type", {"auto": AutoChunkingStrategy, "static": StaticChunkingStrategyRequestParam}),
        VectorStoreExpirationPolicy.from_dict,
    )


@_attrs_define(init=False, repr=False)
class CreateVectorStoreRequest(BaseModel):
    """The CreateVectorStoreRequest object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | None
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if
    `file_ids` is non-empty.
    """
    description: str | None
    """A description for the vector store. Can be used to describe the vector store's purpose."""
    expires_after: VectorStoreExpirationPolicy | None
    """The expiration policy for a vector store."""
    file_ids: list[str] | None
    """A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like
    `file_search` that can access files.
    """
    metadata: dict[str, str] | None
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
    characters.
    """
    name: str | None
    """The name of the vector store."""

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        expires_after: VectorStoreExpirationPolicy | None | Unset = UNSET,
        file_ids: list[str] | None | Unset = UNSET,
        metadata: dict[str, str] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(chunking_strategy, Unset):
            self.chunking_strategy = None
        else:
            self.chunking_strategy = chunking_strategy
            _given_keys.add("chunking_strategy")
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
        if isinstance(file_ids, Unset):
            self.file_ids = None
        else:
            self.file_ids = file_ids
            _given_keys.add("file_ids")
        if isinstance(metadata, Unset):
            self.metadata = None
        else:
            self.metadata = metadata
            _given_keys.add("metadata")
        if isinstance(name, Unset):
            self.name = None
        else:
            self.name = name
            _given_keys.add("name")
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
        obj.chunking_strategy = lenient(pop("chunking_strategy", None), parse_1)
        obj.description = pop("description", None)
        obj.expires_after = lenient(pop("expires_after", None), parse_2)
        obj.file_ids = pop("file_ids", None)
        obj.metadata = pop("metadata", None)
        obj.name = pop("name", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
