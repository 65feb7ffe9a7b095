# Generated from openapi.yaml by make generate; do not edit.
"""``InlineSkillParamType``."""

from vectorstores_raw.models import InlineSkillParamType

__all__ = [
    "InlineSkillParamType",
]
