# Generated from openapi.yaml by make generate; do not edit.
"""The ``WebSearchPreviewTool`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.search_content_type import SearchContentType
from ..models.search_context_size import SearchContextSize
from ..models.web_search_preview_tool_type import WebSearchPreviewToolType
from ..types import (
    UNSET,
    Unset,
    lenient,
)

if TYPE_CHECKING:
    from ..models.approximate_location import ApproximateLocation

T = TypeVar("T", bound="WebSearchPreviewTool")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("type", "type"),
    ("search_content_types", "search_content_types"),
    ("search_context_size", "search_context_size"),
    ("user_location", "user_location"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"type", "search_content_types", "search_context_size", "user_location"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.approximate_location import ApproximateLocation  # noqa: PLC0415

    return (ApproximateLocation.from_dict,)


@_attrs_define(init=False, repr=False)
class WebSearchPreviewTool(BaseModel):
    """This tool searches the web for relevant results to use in a response. Learn more about the [web search
    tool](https://platform.openai.com/docs/guides/tools-web-search).

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    type: WebSearchPreviewToolType
    """The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`."""
    search_content_types: list[SearchContentType] | None
    search_context_size: SearchContextSize | None
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or
    `high`. `medium` is the default.
    """
    user_location: ApproximateLocation | None
    """The user's location."""

    _fields = _FIELDS
    _required = frozenset({"type"})

    def __init__(
        self,
        *,
        type: WebSearchPreviewToolType,
        search_content_types: list[SearchContentType] | None | Unset = UNSET,
        search_context_size: SearchContextSize | None | Unset = UNSET,
        user_location: ApproximateLocation | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type"}
        self.type = type
        if isinstance(search_content_types, Unset):
            self.search_content_types = None
        else:
            self.search_content_types = search_content_types
            _given_keys.add("search_content_types")
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
        (parse_1,) = _parsers()
        obj.type = pop("type", None)
        obj.search_content_types = pop("search_content_types", None)
        obj.search_context_size = pop("search_context_size", None)
        obj.user_location = lenient(pop("user_location", None), parse_1)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in (
            "web_search_preview",
            "web_search_preview_2025_03_11",
        )
