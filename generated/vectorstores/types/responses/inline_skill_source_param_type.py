# Generated from openapi.yaml by make generate; do not edit.
"""``InlineSkillSourceParamType``."""

from vectorstores_raw.models import InlineSkillSourceParamType

__all__ = [
    "InlineSkillSourceParamType",
]
