# Generated from openapi.yaml by make generate; do not edit.
"""The ``FileObject`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.file_object_object import FileObjectObject
from ..models.file_object_purpose import FileObjectPurpose
from ..models.file_object_status import FileObjectStatus
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="FileObject")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("bytes", "bytes"),
    ("created_at", "created_at"),
    ("filename", "filename"),
    ("object", "object"),
    ("purpose", "purpose"),
    ("status", "status"),
    ("expires_at", "expires_at"),
    ("status_details", "status_details"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {"id", "bytes", "created_at", "filename", "object", "purpose", "status", "expires_at", "status_details"}
)


@_attrs_define(init=False, repr=False)
class FileObject(BaseModel):
    """The `File` object represents a document that has been uploaded to OpenAI.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The file identifier, which can be referenced in the API endpoints."""
    bytes: int
    """The size of the file, in bytes."""
    created_at: int
    """The Unix timestamp (in seconds) for when the file was created."""
    filename: str
    """The name of the file."""
    object: FileObjectObject
    """The object type, which is always `file`."""
    purpose: FileObjectPurpose
    """The intended purpose of the file. Supported values are `assistants`, `assistants_output`, `batch`,
    `batch_output`, `fine-tune`, `fine-tune-results`, `vision`, and `user_data`.
    """
    status: FileObjectStatus
    """Deprecated. The current status of the file, which can be either `uploaded`, `processed`, or `error`."""
    expires_at: int | None
    """The Unix timestamp (in seconds) for when the file will expire."""
    status_details: str | None
    """Deprecated. For details on why a fine-tuning training file failed validation, see the `error` field on
    `fine_tuning.job`.
    """

    _fields = _FIELDS
    _required = frozenset({"id", "bytes", "created_at", "filename", "object", "purpose", "status"})

    def __init__(
        self,
        *,
        id: str,
        bytes: int,
        created_at: int,
        filename: str,
        object: FileObjectObject,
        purpose: FileObjectPurpose,
        status: FileObjectStatus,
        expires_at: int | None | Unset = UNSET,
        status_details: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"id", "bytes", "created_at", "filename", "object", "purpose", "status"}
        self.id = id
        self.bytes = bytes
        self.created_at = created_at
        self.filename = filename
        self.object = object
        self.purpose = purpose
        self.status = status
        if isinstance(expires_at, Unset):
            self.expires_at = None
        else:
            self.expires_at = expires_at
            _given_keys.add("expires_at")
        if isinstance(status_details, Unset):
            self.status_details = None
        else:
            self.status_details = status_details
            _given_keys.add("status_details")
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
        obj.id = pop("id", None)
        obj.bytes = pop("bytes", None)
        obj.created_at = pop("created_at", None)
        obj.filename = pop("filename", None)
        obj.object = pop("object", None)
        obj.purpose = pop("purpose", None)
        obj.status = pop("status", None)
        obj.expires_at = pop("expires_at", None)
        obj.status_details = pop("status_details", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            "id" in data
            and "bytes" in data
            and "created_at" in data
            and "filename" in data
            and data.get("object") in ("file",)
            and data.get("purpose")
            in (
                "assistants",
                "assistants_output",
                "batch",
                "batch_output",
                "fine-tune",
                "fine-tune-results",
                "user_data",
                "vision",
            )
            and data.get("status")
            in (
                "error",
                "processed",
                "uploaded",
            )
        )
