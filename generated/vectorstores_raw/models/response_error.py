# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseError`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_error_code import ResponseErrorCode

T = TypeVar("T", bound="ResponseError")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("code", "code"),
    ("message", "message"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"code", "message"})


@_attrs_define(init=False, repr=False)
class ResponseError(BaseModel):
    """An error object returned when the model fails to generate a Response.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    code: ResponseErrorCode
    """The error code for the response."""
    message: str
    """A human-readable description of the error."""

    _fields = _FIELDS
    _required = frozenset({"code", "message"})

    def __init__(
        self,
        *,
        code: ResponseErrorCode,
        message: str,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"code", "message"}
        self.code = code
        self.message = message
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
        obj.code = pop("code", None)
        obj.message = pop("message", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("code")
            in (
                "bio_policy",
                "data_residency_mismatch",
                "empty_image_file",
                "failed_to_download_image",
                "image_content_policy_violation",
                "image_file_not_found",
                "image_file_too_large",
                "image_parse_error",
                "image_too_large",
                "image_too_small",
                "invalid_base64_image",
                "invalid_image",
                "invalid_image_format",
                "invalid_image_mode",
                "invalid_image_url",
                "invalid_prompt",
                "rate_limit_exceeded",
                "server_error",
                "unsupported_image_media_type",
                "vector_store_timeout",
            )
            and "message" in data
        )
