# Generated from openapi.yaml by make generate; do not edit.
"""``InlineSkillSource`` and the types its fields name."""

from vectorstores_raw.models import InlineSkillSource, InlineSkillSourceMediaType, InlineSkillSourceType

__all__ = [
    "InlineSkillSource",
    "InlineSkillSourceMediaType",
    "InlineSkillSourceType",
]
