# Generated from openapi.yaml by make generate; do not edit.
"""The ``FileExpirationPolicy`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_expiration_policy_anchor import FileExpirationPolicyAnchor
from ..types import UNSET, take, to_json

T = TypeVar("T", bound="FileExpirationPolicy")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("anchor", "anchor"),
    ("seconds", "seconds"),
)


@_attrs_define
class FileExpirationPolicy:
    """The FileExpirationPolicy object.

    Parsed leniently: a field the server left out is ``UNSET``, a value that does not fit the
    documented type is kept as sent, and keys the document does not list are kept in
    ``additional_properties`` (also readable as ``obj["key"]``).
    """

    anchor: FileExpirationPolicyAnchor
    seconds: int
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
        if not isinstance(src_dict, Mapping):  # dict("") is {} and a list of pairs a dict: neither fits
            raise TypeError(f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        obj = cls(
            anchor=take(d, "anchor"),
            seconds=take(d, "seconds"),
        )
        obj.additional_properties = d
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("anchor") in ("created_at",) and "seconds" in data

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
