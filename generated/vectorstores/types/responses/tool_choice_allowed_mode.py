# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceAllowedMode``."""

from vectorstores_raw.models import ToolChoiceAllowedMode

__all__ = [
    "ToolChoiceAllowedMode",
]
