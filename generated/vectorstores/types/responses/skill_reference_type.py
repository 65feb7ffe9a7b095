# Generated from openapi.yaml by make generate; do not edit.
"""``SkillReferenceType``."""

from vectorstores_raw.models import SkillReferenceType

__all__ = [
    "SkillReferenceType",
]
