# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputTextContentType``."""

from vectorstores_raw.models import ResponseInputTextContentType

__all__ = [
    "ResponseInputTextContentType",
]
