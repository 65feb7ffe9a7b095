# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallFailedEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPCallFailedEvent, ResponseMCPCallFailedEventType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
ResponseMcpCallFailedEvent = ResponseMCPCallFailedEvent

__all__ = [
    "ResponseMCPCallFailedEvent",
    "ResponseMcpCallFailedEvent",
    "ResponseMCPCallFailedEventType",
]
