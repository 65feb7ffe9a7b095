# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreSearchResultsPage`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_search_results_page_object import (
    VectorStoreSearchResultsPageObject,
)
from ..types import UNSET, lenient, list_parser, take, to_json

if TYPE_CHECKING:
    from ..models.vector_store_search_response import VectorStoreSearchResponse

T = TypeVar("T", bound="VectorStoreSearchResultsPage")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("object", "object"),
    ("search_query", "search_query"),
    ("data", "data"),
    ("has_more", "has_more"),
    ("next_page", "next_page"),
)


@_attrs_define
class VectorStoreSearchResultsPage:
    """The VectorStoreSearchResultsPage object.

    Parsed leniently: a field the server left out is ``UNSET``, a value that does not fit the
    documented type is kept as sent, and keys the document does not list are kept in
    ``additional_properties`` (also readable as ``obj["key"]``).
    """

    object: VectorStoreSearchResultsPageObject
    search_query: list[str]
    data: list[VectorStoreSearchResponse]
    has_more: bool
    next_page: str | None
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
        from ..models.vector_store_search_response import VectorStoreSearchResponse  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # dict("") is {} and a list of pairs a dict: neither fits
            raise TypeError(f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        obj = cls(
            object=take(d, "object"),
            search_query=take(d, "search_query"),
            data=lenient(take(d, "data"), list_parser(VectorStoreSearchResponse.from_dict)),
            has_more=take(d, "has_more"),
            next_page=take(d, "next_page"),
        )
        obj.additional_properties = d
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("object") in ("vector_store.search_results.page",)
            and "search_query" in data
            and "data" in data
            and "has_more" in data
            and "next_page" in data
        )

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
