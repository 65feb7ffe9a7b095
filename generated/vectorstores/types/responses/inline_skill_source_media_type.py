# Generated from openapi.yaml by make generate; do not edit.
"""``InlineSkillSourceMediaType``."""

from vectorstores_raw.models import InlineSkillSourceMediaType

__all__ = [
    "InlineSkillSourceMediaType",
]
