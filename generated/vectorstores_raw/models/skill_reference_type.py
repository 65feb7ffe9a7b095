# Generated from openapi.yaml by make generate; do not edit.
"""The ``SkillReferenceType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
SkillReferenceType = Literal["skill_reference"]
"""References a skill created with the /v1/skills endpoint."""

SKILL_REFERENCE_TYPE_VALUES: frozenset[str] = frozenset(["skill_reference"])


def check_skill_reference_type(value: str) -> SkillReferenceType:
    """Return ``value`` typed as SkillReferenceType; an unlisted value passes through."""
    return cast(SkillReferenceType, value)
