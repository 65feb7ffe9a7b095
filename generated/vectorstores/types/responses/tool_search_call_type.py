# Generated from openapi.yaml by make generate; do not edit.
"""``ToolSearchCallType``."""

from vectorstores_raw.models import ToolSearchCallType

__all__ = [
    "ToolSearchCallType",
]
