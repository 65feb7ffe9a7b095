# Generated from openapi.yaml by make generate; do not edit.
"""``InlineSkillSourceParam`` and the types its fields name."""

from vectorstores_raw.models import InlineSkillSourceParam, InlineSkillSourceParamMediaType, InlineSkillSourceParamType

__all__ = [
    "InlineSkillSourceParam",
    "InlineSkillSourceParamMediaType",
    "InlineSkillSourceParamType",
]
