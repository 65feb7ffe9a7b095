# Generated from openapi.yaml by make generate; do not edit.
"""``ContextManagementParam``."""

from vectorstores_raw.models import ContextManagementParam

__all__ = [
    "ContextManagementParam",
]
