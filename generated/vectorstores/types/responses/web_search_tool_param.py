# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchToolParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr

__all__ = ["WebSearchToolParam", "Filters", "UserLocation"]


class WebSearchToolParam(TypedDict, total=False):
    """Search the Internet for sources related to the prompt. Learn more about the [web search
    tool](/docs/guides/tools-web-search).
    """

    type: Required[Literal["web_search", "web_search_2025_08_26"]]
    """The type of the web search tool. One of `web_search` or `web_search_2025_08_26`."""
    external_web_access: bool
    """Allow live internet access for web search. Defaults to true when omitted. When false, the web search tool runs in
    offline/cache-only mode and will not fetch new external content.
    """
    filters: Filters | None
    """Filters for the search."""
    search_context_size: Literal["high", "low", "medium"]
    """High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or
    `high`. `medium` is the default.
    """
    user_location: UserLocation | None
    """The approximate location of the user."""


class Filters(TypedDict, total=False):
    """Filters for the search."""

    allowed_domains: SequenceNotStr[str] | None
    """Allowed domains for the search. If not provided, all domains are allowed. Subdomains of the provided domains are
    allowed as well.

    Example: `["pubmed.ncbi.nlm.nih.gov"]`
    """


class UserLocation(TypedDict, total=False):
    """The approximate location of the user."""

    city: str | None
    """Free text input for the city of the user, e.g. `San Francisco`."""
    country: str | None
    """The two-letter [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user, e.g. `US`."""
    region: str | None
    """Free text input for the region of the user, e.g. `California`."""
    timezone: str | None
    """The [IANA timezone](https://timeapi.io/documentation/iana-timezones) of the user, e.g. `America/Los_Angeles`."""
    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""
