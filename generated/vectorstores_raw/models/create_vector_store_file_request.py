# Generated from openapi.yaml by make generate; do not edit.
"""The ``CreateVectorStoreFileRequest`` object."""

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

T = TypeVar("T", bound="CreateVectorStoreFileRequest")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("file_id", "file_id"),
    ("attributes", "attributes"),
    ("chunking_strategy", "chunking_strategy"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"file_id", "attributes", "chunking_strategy"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.auto_chunking_strategy import AutoChunkingStrategy  # noqa: PLC0415
    from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam  # noqa: PLC0415

    return (discriminated_parser("type", {"auto": AutoChunkingStrategy, "static": StaticChunkingStrategyRequestParam}),)


@_attrs_define(init=False, repr=False)
class CreateVectorStoreFileRequest(BaseModel):
    """The CreateVectorStoreFileRequest object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    file_id: str
    """A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that
    can access files. For multi-file ingestion, we recommend
    [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write
    requests.
    """
    attributes: dict[str, str | float | bool] | None
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard. Keys are
    strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters,
    booleans, or numbers.
    """
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | None
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""

    _fields = _FIELDS
    _required = frozenset({"file_id"})

    def __init__(
        self,
        *,
        file_id: str,
        attributes: dict[str, str | float | bool] | None | Unset = UNSET,
        chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"file_id"}
        self.file_id = file_id
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
        (parse_1,) = _parsers()
        obj.file_id = pop("file_id", None)
        obj.attributes = pop("attributes", None)
        obj.chunking_strategy = lenient(pop("chunking_strategy", None), parse_1)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "file_id" in data
