# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseContentPartAddedEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseContentPartAddedEvent, ResponseContentPartAddedEventType, ResponseOutputText

__all__ = [
    "ResponseContentPartAddedEvent",
    "ResponseContentPartAddedEventType",
    "ResponseOutputText",
]
