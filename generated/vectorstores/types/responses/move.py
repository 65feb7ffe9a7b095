# Generated from openapi.yaml by make generate; do not edit.
"""``Move`` and the types its fields name."""

from vectorstores_raw.models import Move, MoveType

__all__ = [
    "Move",
    "MoveType",
]
