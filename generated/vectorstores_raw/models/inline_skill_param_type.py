# Generated from openapi.yaml by make generate; do not edit.
"""The ``InlineSkillParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InlineSkillParamType = Literal["inline"]
"""Defines an inline skill for this request."""

INLINE_SKILL_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["inline"])


def check_inline_skill_param_type(value: str) -> InlineSkillParamType:
    """Return ``value`` typed as InlineSkillParamType; an unlisted value passes through."""
    return cast(InlineSkillParamType, value)
