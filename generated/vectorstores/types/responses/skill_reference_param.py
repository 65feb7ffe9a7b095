# Generated from openapi.yaml by make generate; do not edit.
"""``SkillReferenceParam`` and the types its fields name."""

from vectorstores_raw.models import SkillReferenceParam, SkillReferenceParamType

__all__ = [
    "SkillReferenceParam",
    "SkillReferenceParamType",
]
