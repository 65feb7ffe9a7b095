# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFileSearchCallCompletedEventType``."""

from vectorstores_raw.models import ResponseFileSearchCallCompletedEventType

__all__ = [
    "ResponseFileSearchCallCompletedEventType",
]
