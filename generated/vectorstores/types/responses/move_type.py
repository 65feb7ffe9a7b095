# Generated from openapi.yaml by make generate; do not edit.
"""``MoveType``."""

from vectorstores_raw.models import MoveType

__all__ = [
    "MoveType",
]
