# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceMCPType``."""

from vectorstores_raw.models import ToolChoiceMCPType

__all__ = [
    "ToolChoiceMCPType",
]
