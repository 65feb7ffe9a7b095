# Generated from openapi.yaml by make generate; do not edit.
"""``NamespaceToolFunctionType``."""

from vectorstores_raw.models import NamespaceToolFunctionType

__all__ = [
    "NamespaceToolFunctionType",
]
