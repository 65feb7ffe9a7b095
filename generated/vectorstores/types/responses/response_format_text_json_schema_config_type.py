# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFormatTextJSONSchemaConfigType``."""

from vectorstores_raw.models import ResponseFormatTextJSONSchemaConfigType

__all__ = [
    "ResponseFormatTextJSONSchemaConfigType",
]
