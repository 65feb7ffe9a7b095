# Generated from openapi.yaml by make generate; do not edit.
"""The ``WebSearchApproximateLocationType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
WebSearchApproximateLocationType = Literal["approximate"]
"""The type of location approximation. Always `approximate`."""

WEB_SEARCH_APPROXIMATE_LOCATION_TYPE_VALUES: frozenset[str] = frozenset(["approximate"])


def check_web_search_approximate_location_type(value: str) -> WebSearchApproximateLocationType:
    """Return ``value`` typed as WebSearchApproximateLocationType; an unlisted value passes through."""
    return cast(WebSearchApproximateLocationType, value)
