# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComparisonFilterType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ComparisonFilterType = Literal["eq", "gt", "gte", "in", "lt", "lte", "ne", "nin"]
"""Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.

- `eq`: equals
- `ne`: not equal
- `gt`: greater than
- `gte`: greater than or equal
- `lt`: less than
- `lte`: less than or equal
- `in`: in
- `nin`: not in
"""

COMPARISON_FILTER_TYPE_VALUES: frozenset[str] = frozenset(["eq", "gt", "gte", "in", "lt", "lte", "ne", "nin"])


def check_comparison_filter_type(value: str) -> ComparisonFilterType:
    """Return ``value`` typed as ComparisonFilterType; an unlisted value passes through."""
    return cast(ComparisonFilterType, value)
