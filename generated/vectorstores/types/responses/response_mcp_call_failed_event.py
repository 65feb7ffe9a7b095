# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallFailedEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPCallFailedEvent, ResponseMCPCallFailedEventType

__all__ = [
    "ResponseMCPCallFailedEvent",
    "ResponseMCPCallFailedEventType",
]
