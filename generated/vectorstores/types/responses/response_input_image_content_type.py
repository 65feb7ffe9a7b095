# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputImageContentType``."""

from vectorstores_raw.models import ResponseInputImageContentType

__all__ = [
    "ResponseInputImageContentType",
]
