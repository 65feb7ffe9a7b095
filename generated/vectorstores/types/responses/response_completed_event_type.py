# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCompletedEventType``."""

from vectorstores_raw.models import ResponseCompletedEventType

__all__ = [
    "ResponseCompletedEventType",
]
