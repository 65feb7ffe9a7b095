# Generated from openapi.yaml by make generate; do not edit.
"""The ``InlineSkillType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InlineSkillType = Literal["inline"]
"""Defines an inline skill for this request."""

INLINE_SKILL_TYPE_VALUES: frozenset[str] = frozenset(["inline"])


def check_inline_skill_type(value: str) -> InlineSkillType:
    """Return ``value`` typed as InlineSkillType; an unlisted value passes through."""
    return cast(InlineSkillType, value)
