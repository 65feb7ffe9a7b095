# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputItemAddedEventType``."""

from vectorstores_raw.models import ResponseOutputItemAddedEventType

__all__ = [
    "ResponseOutputItemAddedEventType",
]
