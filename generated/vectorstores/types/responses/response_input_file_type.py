# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputFileType``."""

from vectorstores_raw.models import ResponseInputFileType

__all__ = [
    "ResponseInputFileType",
]
