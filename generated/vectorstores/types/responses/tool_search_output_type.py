# Generated from openapi.yaml by make generate; do not edit.
"""``ToolSearchOutputType``."""

from vectorstores_raw.models import ToolSearchOutputType

__all__ = [
    "ToolSearchOutputType",
]
