# Generated from openapi.yaml by make generate; do not edit.
"""``LocalEnvironment`` and the types its fields name."""

from vectorstores_raw.models import LocalEnvironment, LocalEnvironmentType, LocalSkill

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Skill = LocalSkill

__all__ = [
    "LocalEnvironment",
    "LocalEnvironmentType",
    "LocalSkill",
    "Skill",
]
