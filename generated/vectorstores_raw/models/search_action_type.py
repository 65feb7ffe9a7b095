# Generated from openapi.yaml by make generate; do not edit.
"""The ``SearchActionType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
SearchActionType = Literal["search"]
"""The action type."""

SEARCH_ACTION_TYPE_VALUES: frozenset[str] = frozenset(["search"])


def check_search_action_type(value: str) -> SearchActionType:
    """Return ``value`` typed as SearchActionType; an unlisted value passes through."""
    return cast(SearchActionType, value)
