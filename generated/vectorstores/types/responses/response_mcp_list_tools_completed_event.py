# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPListToolsCompletedEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPListToolsCompletedEvent, ResponseMCPListToolsCompletedEventType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
ResponseMcpListToolsCompletedEvent = ResponseMCPListToolsCompletedEvent

__all__ = [
    "ResponseMCPListToolsCompletedEvent",
    "ResponseMcpListToolsCompletedEvent",
    "ResponseMCPListToolsCompletedEventType",
]
