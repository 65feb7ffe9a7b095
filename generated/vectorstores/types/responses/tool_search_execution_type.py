# Generated from openapi.yaml by make generate; do not edit.
"""``ToolSearchExecutionType``."""

from vectorstores_raw.models import ToolSearchExecutionType

__all__ = [
    "ToolSearchExecutionType",
]
