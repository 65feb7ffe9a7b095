# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceApplyPatchType``."""

from vectorstores_raw.models import ToolChoiceApplyPatchType

__all__ = [
    "ToolChoiceApplyPatchType",
]
