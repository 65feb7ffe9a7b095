# Generated from openapi.yaml by make generate; do not edit.
"""``NamespaceToolFunction`` and the types its fields name."""

from vectorstores_raw.models import CallableToolAllowedCaller, NamespaceToolFunction, NamespaceToolFunctionType

__all__ = [
    "CallableToolAllowedCaller",
    "NamespaceToolFunction",
    "NamespaceToolFunctionType",
]
