# Generated from openapi.yaml by make generate; do not edit.
"""The ``SearchContextSize`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
SearchContextSize = Literal["high", "low", "medium"]

SEARCH_CONTEXT_SIZE_VALUES: frozenset[str] = frozenset(["high", "low", "medium"])


def check_search_context_size(value: str) -> SearchContextSize:
    """Return ``value`` typed as SearchContextSize; an unlisted value passes through."""
    return cast(SearchContextSize, value)
