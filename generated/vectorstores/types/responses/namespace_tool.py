# Generated from openapi.yaml by make generate; do not edit.
"""``NamespaceTool`` and the types its fields name."""

from vectorstores_raw.models import NamespaceTool, NamespaceToolFunction, NamespaceToolType

__all__ = [
    "NamespaceTool",
    "NamespaceToolFunction",
    "NamespaceToolType",
]
