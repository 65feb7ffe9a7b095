# Generated from openapi.yaml by make generate; do not edit.
"""``InlineSkillType``."""

from vectorstores_raw.models import InlineSkillType

__all__ = [
    "InlineSkillType",
]
