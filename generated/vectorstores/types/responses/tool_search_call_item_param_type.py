# Generated from openapi.yaml by make generate; do not edit.
"""``ToolSearchCallItemParamType``."""

from vectorstores_raw.models import ToolSearchCallItemParamType

__all__ = [
    "ToolSearchCallItemParamType",
]
