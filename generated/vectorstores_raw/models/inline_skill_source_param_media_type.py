# Generated from openapi.yaml by make generate; do not edit.
"""The ``InlineSkillSourceParamMediaType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InlineSkillSourceParamMediaType = Literal["application/zip"]
"""The media type of the inline skill payload. Must be `application/zip`."""

INLINE_SKILL_SOURCE_PARAM_MEDIA_TYPE_VALUES: frozenset[str] = frozenset(["application/zip"])


def check_inline_skill_source_param_media_type(value: str) -> InlineSkillSourceParamMediaType:
    """Return ``value`` typed as InlineSkillSourceParamMediaType; an unlisted value passes through."""
    return cast(InlineSkillSourceParamMediaType, value)
