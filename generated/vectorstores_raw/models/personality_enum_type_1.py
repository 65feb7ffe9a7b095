# Generated from openapi.yaml by make generate; do not edit.
"""The ``PersonalityEnumType1`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
PersonalityEnumType1 = Literal["friendly", "pragmatic"]

PERSONALITY_ENUM_TYPE_1_VALUES: frozenset[str] = frozenset(["friendly", "pragmatic"])


def check_personality_enum_type_1(value: str) -> PersonalityEnumType1:
    """Return ``value`` typed as PersonalityEnumType1; an unlisted value passes through."""
    return cast(PersonalityEnumType1, value)
