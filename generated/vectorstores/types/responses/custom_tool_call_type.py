# Generated from openapi.yaml by make generate; do not edit.
"""``CustomToolCallType``."""

from vectorstores_raw.models import CustomToolCallType

__all__ = [
    "CustomToolCallType",
]
