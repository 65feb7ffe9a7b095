# Generated from openapi.yaml by make generate; do not edit.
"""``TextResponseFormatJsonSchemaType``."""

from vectorstores_raw.models import TextResponseFormatJsonSchemaType

__all__ = [
    "TextResponseFormatJsonSchemaType",
]
