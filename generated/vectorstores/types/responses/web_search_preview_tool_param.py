# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchPreviewToolParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["WebSearchPreviewToolParam", "UserLocation"]


class WebSearchPreviewToolParam(TypedDict, total=False):
    """This tool searches the web for relevant results to use in a response. Learn more about the [web search
    tool](https://platform.openai.com/docs/guides/tools-web-search).
    """

    type: Required[Literal["web_search_preview", "web_search_preview_2025_03_11"]]
    """The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`."""
    search_content_types: Iterable[Literal["image", "text"]]
    search_context_size: Literal["high", "low", "medium"]
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or
    `high`. `medium` is the default.
    """
    user_location: UserLocation | None
    """The user's location."""


class UserLocation(TypedDict, total=False):
    type: Required[Literal["approximate"]]
    """The type of location approximation. Always `approximate`."""
    city: str | None
    """Free text input for the city of the user, e.g. `San Francisco`."""
    country: str | None
    """The two-letter [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user, e.g. `US`."""
    region: str | None
    """Free text input for the region of the user, e.g. `California`."""
    timezone: str | None
    """The [IANA timezone](https://timeapi.io/documentation/iana-timezones) of the user, e.g. `America/Los_Angeles`."""
