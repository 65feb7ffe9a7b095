# Generated from openapi.yaml by make generate; do not edit.
"""The ``TruncationEnum`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
TruncationEnum = Literal["auto", "disabled"]

TRUNCATION_ENUM_VALUES: frozenset[str] = frozenset(["auto", "disabled"])


def check_truncation_enum(value: str) -> TruncationEnum:
    """Return ``value`` typed as TruncationEnum; an unlisted value passes through."""
    return cast(TruncationEnum, value)
