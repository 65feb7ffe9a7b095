# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceApplyPatch`` and the types its fields name."""

from vectorstores_raw.models import ToolChoiceApplyPatch, ToolChoiceApplyPatchType

__all__ = [
    "ToolChoiceApplyPatch",
    "ToolChoiceApplyPatchType",
]
