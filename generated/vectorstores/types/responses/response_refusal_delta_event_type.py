# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseRefusalDeltaEventType``."""

from vectorstores_raw.models import ResponseRefusalDeltaEventType

__all__ = [
    "ResponseRefusalDeltaEventType",
]
