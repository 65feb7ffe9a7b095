# Generated from openapi.yaml by make generate; do not edit.
"""The ``WebSearchApproximateLocation`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.web_search_approximate_location_type import (
    WebSearchApproximateLocationType,
)
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="WebSearchApproximateLocation")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("city", "city"),
    ("country", "country"),
    ("region", "region"),
    ("timezone", "timezone"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"city", "country", "region", "timezone", "type"})


@_attrs_define(init=False, repr=False)
class WebSearchApproximateLocation(BaseModel):
    """The approximate location of the user.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    city: str | None
    """Free text input for the city of the user, e.g. `San Francisco`."""
    country: str | None
    """The two-letter [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user, e.g. `US`."""
    region: str | None
    """Free text input for the region of the user, e.g. `California`."""
    timezone: str | None
    """The [IANA timezone](https://timeapi.io/documentation/iana-timezones) of the user, e.g. `America/Los_Angeles`."""
    type: WebSearchApproximateLocationType | None
    """The type of location approximation. Always `approximate`."""

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        city: str | None | Unset = UNSET,
        country: str | None | Unset = UNSET,
        region: str | None | Unset = UNSET,
        timezone: str | None | Unset = UNSET,
        type: WebSearchApproximateLocationType | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(city, Unset):
            self.city = None
        else:
            self.city = city
            _given_keys.add("city")
        if isinstance(country, Unset):
            self.country = None
        else:
            self.country = country
            _given_keys.add("country")
        if isinstance(region, Unset):
            self.region = None
        else:
            self.region = region
            _given_keys.add("region")
        if isinstance(timezone, Unset):
            self.timezone = None
        else:
            self.timezone = timezone
            _given_keys.add("timezone")
        if isinstance(type, Unset):
            self.type = None
        else:
            self.type = type
            _given_keys.add("type")
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
        obj.city = pop("city", None)
        obj.country = pop("country", None)
        obj.region = pop("region", None)
        obj.timezone = pop("timezone", None)
        obj.type = pop("type", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
