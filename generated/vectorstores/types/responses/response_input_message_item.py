# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputMessageItem`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseInputMessageItem,
    ResponseInputMessageItemRole,
    ResponseInputMessageItemStatus,
    ResponseInputMessageItemType,
    ResponseInputText,
)

__all__ = [
    "ResponseInputMessageItem",
    "ResponseInputMessageItemRole",
    "ResponseInputMessageItemStatus",
    "ResponseInputMessageItemType",
    "ResponseInputText",
]
