# Generated from openapi.yaml by make generate; do not edit.
"""The ``InlineSkillSourceMediaType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InlineSkillSourceMediaType = Literal["application/zip"]
"""The media type of the inline skill payload. Must be `application/zip`."""

INLINE_SKILL_SOURCE_MEDIA_TYPE_VALUES: frozenset[str] = frozenset(["application/zip"])


def check_inline_skill_source_media_type(value: str) -> InlineSkillSourceMediaType:
    """Return ``value`` typed as InlineSkillSourceMediaType; an unlisted value passes through."""
    return cast(InlineSkillSourceMediaType, value)
