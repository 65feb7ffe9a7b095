# Generated from openapi.yaml by make generate; do not edit.
"""The ``ErrorResponse`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, lenient, take, to_json

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.error_response_detail import ErrorResponseDetail

T = TypeVar("T", bound="ErrorResponse")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("error", "error"),
    ("detail", "detail"),
)


@_attrs_define
class ErrorResponse:
    """The ErrorResponse object.

    Parsed leniently: a field the server left out is ``UNSET``, a value that does not fit the
    documented type is kept as sent, and keys the document does not list are kept in
    ``additional_properties`` (also readable as ``obj["key"]``).
    """

    error: Error
    detail: ErrorResponseDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model; unknown keys are written back too."""
        field_dict: dict[str, Any] = {key: to_json(value) for key, value in self.additional_properties.items()}
        for attribute, key in _FIELDS:
            value = getattr(self, attribute)
            if value is not UNSET:
                field_dict[key] = to_json(value)
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object without raising on missing, null or unexpected values."""
        from ..models.error import Error  # noqa: PLC0415
        from ..models.error_response_detail import ErrorResponseDetail  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # dict("") is {} and a list of pairs a dict: neither fits
            raise TypeError(f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        obj = cls(
            error=lenient(take(d, "error"), Error.from_dict),
            detail=lenient(take(d, "detail"), ErrorResponseDetail.from_dict),
        )
        obj.additional_properties = d
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "error" in data

    @property
    def additional_keys(self) -> list[str]:
        """Keys the server sent that the document does not list."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
