# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFormatJSONObjectType``."""

from vectorstores_raw.models import ResponseFormatJSONObjectType

__all__ = [
    "ResponseFormatJSONObjectType",
]
