# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseItemList`` and the types its fields name."""

from vectorstores_raw.models import InputMessageResource, ResponseItemList, ResponseItemListObject

__all__ = [
    "InputMessageResource",
    "ResponseItemList",
    "ResponseItemListObject",
]
