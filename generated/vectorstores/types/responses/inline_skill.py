# Generated from openapi.yaml by make generate; do not edit.
"""``InlineSkill`` and the types its fields name."""

from vectorstores_raw.models import InlineSkill, InlineSkillSource, InlineSkillType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Source = InlineSkillSource

__all__ = [
    "InlineSkill",
    "InlineSkillSource",
    "InlineSkillType",
    "Source",
]
