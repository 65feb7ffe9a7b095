# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallCompletedEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPCallCompletedEvent, ResponseMCPCallCompletedEventType

__all__ = [
    "ResponseMCPCallCompletedEvent",
    "ResponseMCPCallCompletedEventType",
]
