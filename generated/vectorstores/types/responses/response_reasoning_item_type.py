# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningItemType``."""

from vectorstores_raw.models import ResponseReasoningItemType

__all__ = [
    "ResponseReasoningItemType",
]
