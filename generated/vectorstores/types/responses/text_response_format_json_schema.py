# Generated from openapi.yaml by make generate; do not edit.
"""``TextResponseFormatJsonSchema`` and the types its fields name."""

from vectorstores_raw.models import TextResponseFormatJsonSchema, TextResponseFormatJsonSchemaType

__all__ = [
    "TextResponseFormatJsonSchema",
    "TextResponseFormatJsonSchemaType",
]
