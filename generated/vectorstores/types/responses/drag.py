# Generated from openapi.yaml by make generate; do not edit.
"""``Drag`` and the types its fields name."""

from vectorstores_raw.models import Coordinate, Drag, DragType

# openai-python's names for the objects of fields.
Path = Coordinate

__all__ = [
    "Coordinate",
    "Drag",
    "DragType",
    "Path",
]
