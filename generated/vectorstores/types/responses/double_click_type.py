# Generated from openapi.yaml by make generate; do not edit.
"""``DoubleClickType``."""

from vectorstores_raw.models import DoubleClickType

__all__ = [
    "DoubleClickType",
]
