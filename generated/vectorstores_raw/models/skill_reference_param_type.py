# Generated from openapi.yaml by make generate; do not edit.
"""The ``SkillReferenceParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
SkillReferenceParamType = Literal["skill_reference"]
"""References a skill created with the /v1/skills endpoint."""

SKILL_REFERENCE_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["skill_reference"])


def check_skill_reference_param_type(value: str) -> SkillReferenceParamType:
    """Return ``value`` typed as SkillReferenceParamType; an unlisted value passes through."""
    return cast(SkillReferenceParamType, value)
