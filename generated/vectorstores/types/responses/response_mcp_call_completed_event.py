# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallCompletedEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPCallCompletedEvent, ResponseMCPCallCompletedEventType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
ResponseMcpCallCompletedEvent = ResponseMCPCallCompletedEvent

__all__ = [
    "ResponseMCPCallCompletedEvent",
    "ResponseMcpCallCompletedEvent",
    "ResponseMCPCallCompletedEventType",
]
