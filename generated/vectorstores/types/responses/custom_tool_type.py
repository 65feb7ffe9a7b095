# Generated from openapi.yaml by make generate; do not edit.
"""``CustomToolType``."""

from vectorstores_raw.models import CustomToolType

__all__ = [
    "CustomToolType",
]
