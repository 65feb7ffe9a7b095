# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseWebSearchCallCompletedEventType``."""

from vectorstores_raw.models import ResponseWebSearchCallCompletedEventType

__all__ = [
    "ResponseWebSearchCallCompletedEventType",
]
