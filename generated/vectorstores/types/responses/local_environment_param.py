# Generated from openapi.yaml by make generate; do not edit.
"""``LocalEnvironmentParam`` and the types its fields name."""

from vectorstores_raw.models import LocalEnvironmentParam, LocalEnvironmentParamType, LocalSkillParam

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Skill = LocalSkillParam

__all__ = [
    "LocalEnvironmentParam",
    "LocalEnvironmentParamType",
    "LocalSkillParam",
    "Skill",
]
