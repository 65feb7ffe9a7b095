# Generated from openapi.yaml by make generate; do not edit.
"""``CustomToolCallOutputType``."""

from vectorstores_raw.models import CustomToolCallOutputType

__all__ = [
    "CustomToolCallOutputType",
]
