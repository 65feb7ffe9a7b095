# Generated from openapi.yaml by make generate; do not edit.
"""The ``InlineSkillSourceType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InlineSkillSourceType = Literal["base64"]
"""The type of the inline skill source. Must be `base64`."""

INLINE_SKILL_SOURCE_TYPE_VALUES: frozenset[str] = frozenset(["base64"])


def check_inline_skill_source_type(value: str) -> InlineSkillSourceType:
    """Return ``value`` typed as InlineSkillSourceType; an unlisted value passes through."""
    return cast(InlineSkillSourceType, value)
