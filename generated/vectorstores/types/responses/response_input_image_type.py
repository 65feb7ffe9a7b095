# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputImageType``."""

from vectorstores_raw.models import ResponseInputImageType

__all__ = [
    "ResponseInputImageType",
]
