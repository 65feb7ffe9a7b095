# Generated from openapi.yaml by make generate; do not edit.
"""``ToolSearchOutputItemParamType``."""

from vectorstores_raw.models import ToolSearchOutputItemParamType

__all__ = [
    "ToolSearchOutputItemParamType",
]
