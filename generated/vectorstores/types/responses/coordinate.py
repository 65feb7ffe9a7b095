# Generated from openapi.yaml by make generate; do not edit.
"""``Coordinate``."""

from vectorstores_raw.models import Coordinate

__all__ = [
    "Coordinate",
]
