# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseIncompleteEventType``."""

from vectorstores_raw.models import ResponseIncompleteEventType

__all__ = [
    "ResponseIncompleteEventType",
]
