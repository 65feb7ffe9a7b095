# Generated from openapi.yaml by make generate; do not edit.
"""``SkillReferenceParamType``."""

from vectorstores_raw.models import SkillReferenceParamType

__all__ = [
    "SkillReferenceParamType",
]
