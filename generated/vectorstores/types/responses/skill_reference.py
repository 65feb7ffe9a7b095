# Generated from openapi.yaml by make generate; do not edit.
"""``SkillReference`` and the types its fields name."""

from vectorstores_raw.models import SkillReference, SkillReferenceType

__all__ = [
    "SkillReference",
    "SkillReferenceType",
]
