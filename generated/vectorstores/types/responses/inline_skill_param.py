# Generated from openapi.yaml by make generate; do not edit.
"""``InlineSkillParam`` and the types its fields name."""

from vectorstores_raw.models import InlineSkillParam, InlineSkillParamType, InlineSkillSourceParam

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Source = InlineSkillSourceParam

__all__ = [
    "InlineSkillParam",
    "InlineSkillParamType",
    "InlineSkillSourceParam",
    "Source",
]
