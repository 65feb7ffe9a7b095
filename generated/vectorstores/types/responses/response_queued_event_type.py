# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseQueuedEventType``."""

from vectorstores_raw.models import ResponseQueuedEventType

__all__ = [
    "ResponseQueuedEventType",
]
