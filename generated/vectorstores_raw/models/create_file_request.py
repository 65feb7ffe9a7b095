# Generated from openapi.yaml by make generate; do not edit.
"""The ``CreateFileRequest`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.create_file_request_purpose import CreateFileRequestPurpose
from ..types import (
    UNSET,
    Unset,
    lenient,
)

if TYPE_CHECKING:
    from ..models.file_expiration_policy import FileExpirationPolicy

T = TypeVar("T", bound="CreateFileRequest")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("file", "file"),
    ("purpose", "purpose"),
    ("expires_after", "expires_after"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"file", "purpose", "expires_after"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.file_expiration_policy import FileExpirationPolicy  # noqa: PLC0415

    return (FileExpirationPolicy.from_dict,)


@_attrs_define(init=False, repr=False)
class CreateFileRequest(BaseModel):
    """The CreateFileRequest object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    file: bytes
    """The File object (not file name) to be uploaded."""
    purpose: CreateFileRequestPurpose
    """The intended purpose of the uploaded file. One of:

    - `assistants`: Used in the Assistants API
    - `batch`: Used in the Batch API
    - `fine-tune`: Used for fine-tuning
    - `vision`: Images used for vision fine-tuning
    - `user_data`: Flexible file type for any purpose
    - `evals`: Used for eval data sets
    """
    expires_after: FileExpirationPolicy | None
    """The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files
    are persisted until they are manually deleted.
    """

    _fields = _FIELDS
    _required = frozenset({"file", "purpose"})

    def __init__(
        self,
        *,
        file: bytes,
        purpose: CreateFileRequestPurpose,
        expires_after: FileExpirationPolicy | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"file", "purpose"}
        self.file = file
        self.purpose = purpose
        if isinstance(expires_after, Unset):
            self.expires_after = None
        else:
            self.expires_after = expires_after
            _given_keys.add("expires_after")
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
        obj.file = pop("file", None)
        obj.purpose = pop("purpose", None)
        obj.expires_after = lenient(pop("expires_after", None), parse_1)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "file" in data and data.get("purpose") in (
            "assistants",
            "batch",
            "evals",
            "fine-tune",
            "user_data",
            "vision",
        )
