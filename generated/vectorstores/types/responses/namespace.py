# Generated from openapi.yaml by make generate; do not edit.
"""``Namespace`` and the types its fields name."""

from vectorstores_raw.models import FunctionToolParam, Namespace, NamespaceType

__all__ = [
    "FunctionToolParam",
    "Namespace",
    "NamespaceType",
]
