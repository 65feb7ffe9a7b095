# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComparisonFilterType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ComparisonFilterType = Literal["eq", "gt", "gte", "in", "lt", "lte", "ne", "nin"]

COMPARISON_FILTER_TYPE_VALUES: frozenset[str] = frozenset(["eq", "gt", "gte", "in", "lt", "lte", "ne", "nin"])


def check_comparison_filter_type(value: str) -> ComparisonFilterType:
    """Return ``value`` typed as ComparisonFilterType; an unlisted value passes through."""
    return cast(ComparisonFilterType, value)
