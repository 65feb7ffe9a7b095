# Generated from openapi.yaml by make generate; do not edit.
"""``NamespaceToolType``."""

from vectorstores_raw.models import NamespaceToolType

__all__ = [
    "NamespaceToolType",
]
