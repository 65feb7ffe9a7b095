# Generated from openapi.yaml by make generate; do not edit.
"""The ``CreateVectorStoreFileBatchRequest`` object."""

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
    list_parser,
)

if TYPE_CHECKING:
    from ..models.auto_chunking_strategy import AutoChunkingStrategy
    from ..models.create_vector_store_file_request import CreateVectorStoreFileRequest
    from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam

T = TypeVar("T", bound="CreateVectorStoreFileBatchRequest")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("attributes", "attributes"),
    ("chunking_strategy", "chunking_strategy"),
    ("file_ids", "file_ids"),
    ("files", "files"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"attributes", "chunking_strategy", "file_ids", "files"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.auto_chunking_strategy import AutoChunkingStrategy  # noqa: PLC0415
    from ..models.create_vector_store_file_request import CreateVectorStoreFileRequest  # noqa: PLC0415
    from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam  # noqa: PLC0415

    return (
        discriminated_parser("type", {"auto": AutoChunkingStrategy, "static": StaticChunkingStrategyRequestParam}),
        list_parser(CreateVectorStoreFileRequest.from_dict),
    )


@_attrs_define(init=False, repr=False)
class CreateVectorStoreFileBatchRequest(BaseModel):
    """The CreateVectorStoreFileBatchRequest object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    attributes: dict[str, str | float | bool] | None
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard. Keys are
    strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters,
    booleans, or numbers.
    """
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | None
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""
    file_ids: list[str] | None
    """A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like
    `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be  applied
    to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file
    ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`.
    """
    files: list[CreateVectorStoreFileRequest] | None
    """A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this when
    you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be ignored
    and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended for
    multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with
    `file_ids`.
    """

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        attributes: dict[str, str | float | bool] | None | Unset = UNSET,
        chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | None | Unset = UNSET,
        file_ids: list[str] | None | Unset = UNSET,
        files: list[CreateVectorStoreFileRequest] | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
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
        if isinstance(file_ids, Unset):
            self.file_ids = None
        else:
            self.file_ids = file_ids
            _given_keys.add("file_ids")
        if isinstance(files, Unset):
            self.files = None
        else:
            self.files = files
            _given_keys.add("files")
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
        obj.attributes = pop("attributes", None)
        obj.chunking_strategy = lenient(pop("chunking_strategy", None), parse_1)
        obj.file_ids = pop("file_ids", None)
        obj.files = lenient(pop("files", None), parse_2)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
