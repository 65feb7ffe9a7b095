# Generated from openapi.yaml by make generate; do not edit.
"""The ``SearchContentType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
SearchContentType = Literal["image", "text"]

SEARCH_CONTENT_TYPE_VALUES: frozenset[str] = frozenset(["image", "text"])


def check_search_content_type(value: str) -> SearchContentType:
    """Return ``value`` typed as SearchContentType; an unlisted value passes through."""
    return cast(SearchContentType, value)
