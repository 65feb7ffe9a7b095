# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearch`` and the types its fields name."""

from vectorstores_raw.models import (
    WebSearch,
    WebSearchApproximateLocation,
    WebSearchFiltersType0,
    WebSearchSearchContextSize,
    WebSearchType,
)

# openai-python's names for the objects of fields.
Filters = WebSearchFiltersType0
UserLocation = WebSearchApproximateLocation

__all__ = [
    "Filters",
    "UserLocation",
    "WebSearch",
    "WebSearchApproximateLocation",
    "WebSearchFiltersType0",
    "WebSearchSearchContextSize",
    "WebSearchType",
]
