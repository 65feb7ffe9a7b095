# Generated from openapi.yaml by make generate; do not edit.
"""``DragType``."""

from vectorstores_raw.models import DragType

__all__ = [
    "DragType",
]
