# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFormatTextJSONSchemaConfig`` and the types its fields name."""

from vectorstores_raw.models import ResponseFormatTextJSONSchemaConfig, ResponseFormatTextJSONSchemaConfigType

__all__ = [
    "ResponseFormatTextJSONSchemaConfig",
    "ResponseFormatTextJSONSchemaConfigType",
]
