# Generated from openapi.yaml by make generate; do not edit.
"""``Drag`` and the types its fields name."""

from vectorstores_raw.models import Coordinate, Drag, DragType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Path = Coordinate

__all__ = [
    "Coordinate",
    "Drag",
    "DragType",
    "Path",
]
