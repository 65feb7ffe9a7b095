# Generated from openapi.yaml by make generate; do not edit.
"""``InlineSkillSourceParamMediaType``."""

from vectorstores_raw.models import InlineSkillSourceParamMediaType

__all__ = [
    "InlineSkillSourceParamMediaType",
]
