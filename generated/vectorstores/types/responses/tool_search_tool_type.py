# Generated from openapi.yaml by make generate; do not edit.
"""``ToolSearchToolType``."""

from vectorstores_raw.models import ToolSearchToolType

__all__ = [
    "ToolSearchToolType",
]
