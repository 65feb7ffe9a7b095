# Generated from openapi.yaml by make generate; do not edit.
"""The ``ReasoningModeEnumType1`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ReasoningModeEnumType1 = Literal["pro", "standard"]

REASONING_MODE_ENUM_TYPE_1_VALUES: frozenset[str] = frozenset(["pro", "standard"])


def check_reasoning_mode_enum_type_1(value: str) -> ReasoningModeEnumType1:
    """Return ``value`` typed as ReasoningModeEnumType1; an unlisted value passes through."""
    return cast(ReasoningModeEnumType1, value)
