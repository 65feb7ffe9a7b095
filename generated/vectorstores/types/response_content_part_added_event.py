# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseContentPartAddedEvent`` and the types its fields name."""

from vectorstores_raw.models import OutputText, ResponseContentPartAddedEvent, ResponseContentPartAddedEventType

__all__ = [
    "OutputText",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartAddedEventType",
]
