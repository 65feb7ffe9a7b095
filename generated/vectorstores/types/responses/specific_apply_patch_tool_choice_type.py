# Generated from openapi.yaml by make generate; do not edit.
"""``SpecificApplyPatchToolChoiceType``."""

from vectorstores_raw.models import SpecificApplyPatchToolChoiceType

__all__ = [
    "SpecificApplyPatchToolChoiceType",
]
