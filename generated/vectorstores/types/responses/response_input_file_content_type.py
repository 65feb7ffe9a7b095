# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputFileContentType``."""

from vectorstores_raw.models import ResponseInputFileContentType

__all__ = [
    "ResponseInputFileContentType",
]
