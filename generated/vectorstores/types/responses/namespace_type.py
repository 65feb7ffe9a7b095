# Generated from openapi.yaml by make generate; do not edit.
"""``NamespaceType``."""

from vectorstores_raw.models import NamespaceType

__all__ = [
    "NamespaceType",
]
