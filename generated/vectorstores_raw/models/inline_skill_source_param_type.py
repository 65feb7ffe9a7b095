# Generated from openapi.yaml by make generate; do not edit.
"""The ``InlineSkillSourceParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InlineSkillSourceParamType = Literal["base64"]
"""The type of the inline skill source. Must be `base64`."""

INLINE_SKILL_SOURCE_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["base64"])


def check_inline_skill_source_param_type(value: str) -> InlineSkillSourceParamType:
    """Return ``value`` typed as InlineSkillSourceParamType; an unlisted value passes through."""
    return cast(InlineSkillSourceParamType, value)
