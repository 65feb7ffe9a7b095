# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPListToolsFailedEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPListToolsFailedEvent, ResponseMCPListToolsFailedEventType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
ResponseMcpListToolsFailedEvent = ResponseMCPListToolsFailedEvent

__all__ = [
    "ResponseMCPListToolsFailedEvent",
    "ResponseMcpListToolsFailedEvent",
    "ResponseMCPListToolsFailedEventType",
]
