# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCompactionItem`` and the types its fields name."""

from vectorstores_raw.models import ResponseCompactionItem, ResponseCompactionItemType

__all__ = [
    "ResponseCompactionItem",
    "ResponseCompactionItemType",
]
