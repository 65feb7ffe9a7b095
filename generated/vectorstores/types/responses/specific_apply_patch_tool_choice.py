# Generated from openapi.yaml by make generate; do not edit.
"""``SpecificApplyPatchToolChoice`` and the types its fields name."""

from vectorstores_raw.models import SpecificApplyPatchToolChoice, SpecificApplyPatchToolChoiceType

__all__ = [
    "SpecificApplyPatchToolChoice",
    "SpecificApplyPatchToolChoiceType",
]
