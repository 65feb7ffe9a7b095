# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseShellCommandAddedEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseShellCommandAddedEvent, ResponseShellCommandAddedEventType

__all__ = [
    "ResponseShellCommandAddedEvent",
    "ResponseShellCommandAddedEventType",
]
