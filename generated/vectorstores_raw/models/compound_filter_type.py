# Generated from openapi.yaml by make generate; do not edit.
"""The ``CompoundFilterType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CompoundFilterType = Literal["and", "or"]
"""Type of operation: `and` or `or`."""

COMPOUND_FILTER_TYPE_VALUES: frozenset[str] = frozenset(["and", "or"])


def check_compound_filter_type(value: str) -> CompoundFilterType:
    """Return ``value`` typed as CompoundFilterType; an unlisted value passes through."""
    return cast(CompoundFilterType, value)
