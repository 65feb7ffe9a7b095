# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseItemList`` and the types its fields name."""

from vectorstores_raw.models import ResponseInputMessageItem, ResponseItemList, ResponseItemListObject

__all__ = [
    "ResponseInputMessageItem",
    "ResponseItemList",
    "ResponseItemListObject",
]
