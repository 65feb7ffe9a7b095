# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputMessageItemType``."""

from vectorstores_raw.models import ResponseInputMessageItemType

__all__ = [
    "ResponseInputMessageItemType",
]
