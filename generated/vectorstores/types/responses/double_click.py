# Generated from openapi.yaml by make generate; do not edit.
"""``DoubleClick`` and the types its fields name."""

from vectorstores_raw.models import DoubleClick, DoubleClickType

__all__ = [
    "DoubleClick",
    "DoubleClickType",
]
