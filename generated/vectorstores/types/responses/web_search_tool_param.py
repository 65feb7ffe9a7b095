# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchToolParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr

__all__ = ["WebSearchToolParam", "Filters", "UserLocation"]


class WebSearchToolParam(TypedDict, total=False):
    type: Required[Literal["web_search", "web_search_2025_08_26"]]
    external_web_access: bool
    filters: Filters | None
    search_context_size: Literal["high", "low", "medium"]
    user_location: UserLocation | None


class Filters(TypedDict, total=False):
    allowed_domains: SequenceNotStr[str] | None


class UserLocation(TypedDict, total=False):
    city: str | None
    country: str | None
    region: str | None
    timezone: str | None
    type: Literal["approximate"]
