# Generated from openapi.yaml by make generate; do not edit.
"""The ``UpdateVectorStoreRequest`` object."""

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
    lenient,
)

if TYPE_CHECKING:
    from ..models.vector_store_expiration_policy import VectorStoreExpirationPolicy

T = TypeVar("T", bound="UpdateVectorStoreRequest")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("expires_after", "expires_after"),
    ("metadata", "metadata"),
    ("name", "name"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"expires_after", "metadata", "name"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.vector_store_expiration_policy import VectorStoreExpirationPolicy  # noqa: PLC0415

    return (VectorStoreExpirationPolicy.from_dict,)


@_attrs_define(init=False, repr=False)
class UpdateVectorStoreRequest(BaseModel):
    """The UpdateVectorStoreRequest object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    expires_after: VectorStoreExpirationPolicy | None
    """The expiration policy for a vector store."""
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
        expires_after: VectorStoreExpirationPolicy | None | Unset = UNSET,
        metadata: dict[str, str] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(expires_after, Unset):
            self.expires_after = None
        else:
            self.expires_after = expires_after
            _given_keys.add("expires_after")
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
        (parse_1,) = _parsers()
        obj.expires_after = lenient(pop("expires_after", None), parse_1)
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
