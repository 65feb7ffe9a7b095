# Generated from openapi.yaml by make generate; do not edit.
"""The ``WebSearchTool`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.web_search_tool_search_context_size import (
    WebSearchToolSearchContextSize,
)
from ..models.web_search_tool_type import WebSearchToolType
from ..types import (
    UNSET,
    Unset,
    lenient,
)

if TYPE_CHECKING:
    from ..models.web_search_approximate_location import WebSearchApproximateLocation
    from ..models.web_search_tool_filters_type_0 import WebSearchToolFiltersType0

T = TypeVar("T", bound="WebSearchTool")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("type", "type"),
    ("external_web_access", "external_web_access"),
    ("filters", "filters"),
    ("search_context_size", "search_context_size"),
    ("user_location", "user_location"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"type", "external_web_access", "filters", "search_context_size", "user_location"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.web_search_approximate_location import WebSearchApproximateLocation  # noqa: PLC0415
    from ..models.web_search_tool_filters_type_0 import WebSearchToolFiltersType0  # noqa: PLC0415

    return (
        WebSearchToolFiltersType0.from_dict,
        WebSearchApproximateLocation.from_dict,
    )


@_attrs_define(init=False, repr=False)
class WebSearchTool(BaseModel):
    """Search the Internet for sources related to the prompt. Learn more about the [web search
    tool](/docs/guides/tools-web-search).

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    type: WebSearchToolType
    """The type of the web search tool. One of `web_search` or `web_search_2025_08_26`."""
    external_web_access: bool | None
    """Allow live internet access for web search. Defaults to true when omitted. When false, the web search tool runs in
    offline/cache-only mode and will not fetch new external content.
    """
    filters: WebSearchToolFiltersType0 | None
    """Filters for the search."""
    search_context_size: WebSearchToolSearchContextSize | None
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or
    `high`. `medium` is the default.
    """
    user_location: WebSearchApproximateLocation | None
    """The approximate location of the user."""

    _fields = _FIELDS
    _required = frozenset({"type"})

    def __init__(
        self,
        *,
        type: WebSearchToolType,
        external_web_access: bool | None | Unset = UNSET,
        filters: WebSearchToolFiltersType0 | None | Unset = UNSET,
        search_context_size: WebSearchToolSearchContextSize | None | Unset = UNSET,
        user_location: WebSearchApproximateLocation | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type"}
        self.type = type
        if isinstance(external_web_access, Unset):
            self.external_web_access = None
        else:
            self.external_web_access = external_web_access
            _given_keys.add("external_web_access")
        if isinstance(filters, Unset):
            self.filters = None
        else:
            self.filters = filters
            _given_keys.add("filters")
        if isinstance(search_context_size, Unset):
            self.search_context_size = None
        else:
            self.search_context_size = search_context_size
            _given_keys.add("search_context_size")
        if isinstance(user_location, Unset):
            self.user_location = None
        else:
            self.user_location = user_location
            _given_keys.add("user_location")
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
        obj.type = pop("type", None)
        obj.external_web_access = pop("external_web_access", None)
        obj.filters = lenient(pop("filters", None), parse_1)
        obj.search_context_size = pop("search_context_size", None)
        obj.user_location = lenient(pop("user_location", None), parse_2)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in (
            "web_search",
            "web_search_2025_08_26",
        )
