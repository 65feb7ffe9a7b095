# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseItemListObject``."""

from vectorstores_raw.models import ResponseItemListObject

__all__ = [
    "ResponseItemListObject",
]
