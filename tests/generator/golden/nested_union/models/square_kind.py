# Generated from openapi.yaml by make generate; do not edit.
"""The ``SquareKind`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
SquareKind = Literal["square"]

SQUARE_KIND_VALUES: frozenset[str] = frozenset(["square"])


def check_square_kind(value: str) -> SquareKind:
    """Return ``value`` typed as SquareKind; an unlisted value passes through."""
    return cast(SquareKind, value)
