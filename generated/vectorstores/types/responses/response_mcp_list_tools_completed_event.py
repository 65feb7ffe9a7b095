# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPListToolsCompletedEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPListToolsCompletedEvent, ResponseMCPListToolsCompletedEventType

__all__ = [
    "ResponseMCPListToolsCompletedEvent",
    "ResponseMCPListToolsCompletedEventType",
]
