# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseImageGenCallCompletedEventType``."""

from vectorstores_raw.models import ResponseImageGenCallCompletedEventType

__all__ = [
    "ResponseImageGenCallCompletedEventType",
]
