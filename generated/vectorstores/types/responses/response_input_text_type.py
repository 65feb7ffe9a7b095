# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputTextType``."""

from vectorstores_raw.models import ResponseInputTextType

__all__ = [
    "ResponseInputTextType",
]
