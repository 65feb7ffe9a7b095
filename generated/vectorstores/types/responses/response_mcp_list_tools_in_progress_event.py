# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPListToolsInProgressEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPListToolsInProgressEvent, ResponseMCPListToolsInProgressEventType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
ResponseMcpListToolsInProgressEvent = ResponseMCPListToolsInProgressEvent

__all__ = [
    "ResponseMCPListToolsInProgressEvent",
    "ResponseMcpListToolsInProgressEvent",
    "ResponseMCPListToolsInProgressEventType",
]
