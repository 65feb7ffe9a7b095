# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceOptions``."""

from vectorstores_raw.models import ToolChoiceOptions

__all__ = [
    "ToolChoiceOptions",
]
