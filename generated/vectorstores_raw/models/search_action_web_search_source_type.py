# Generated from openapi.yaml by make generate; do not edit.
"""The ``SearchActionWebSearchSourceType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
SearchActionWebSearchSourceType = Literal["url"]
"""The type of source. Always `url`."""

SEARCH_ACTION_WEB_SEARCH_SOURCE_TYPE_VALUES: frozenset[str] = frozenset(["url"])


def check_search_action_web_search_source_type(value: str) -> SearchActionWebSearchSourceType:
    """Return ``value`` typed as SearchActionWebSearchSourceType; an unlisted value passes through."""
    return cast(SearchActionWebSearchSourceType, value)
