# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputMessageItemStatus``."""

from vectorstores_raw.models import ResponseInputMessageItemStatus

__all__ = [
    "ResponseInputMessageItemStatus",
]
