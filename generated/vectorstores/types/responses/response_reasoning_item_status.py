# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseReasoningItemStatus``."""

from vectorstores_raw.models import ResponseReasoningItemStatus

__all__ = [
    "ResponseReasoningItemStatus",
]
