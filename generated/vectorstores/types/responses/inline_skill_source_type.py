# Generated from openapi.yaml by make generate; do not edit.
"""``InlineSkillSourceType``."""

from vectorstores_raw.models import InlineSkillSourceType

__all__ = [
    "InlineSkillSourceType",
]
