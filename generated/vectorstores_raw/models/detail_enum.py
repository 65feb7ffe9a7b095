# Generated from openapi.yaml by make generate; do not edit.
"""The ``DetailEnum`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
DetailEnum = Literal["auto", "high", "low", "original"]

DETAIL_ENUM_VALUES: frozenset[str] = frozenset(["auto", "high", "low", "original"])


def check_detail_enum(value: str) -> DetailEnum:
    """Return ``value`` typed as DetailEnum; an unlisted value passes through."""
    return cast(DetailEnum, value)
