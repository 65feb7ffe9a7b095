# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFormatJSONObject`` and the types its fields name."""

from vectorstores_raw.models import ResponseFormatJSONObject, ResponseFormatJSONObjectType

__all__ = [
    "ResponseFormatJSONObject",
    "ResponseFormatJSONObjectType",
]
