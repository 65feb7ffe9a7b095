# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallInProgressEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPCallInProgressEvent, ResponseMCPCallInProgressEventType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
ResponseMcpCallInProgressEvent = ResponseMCPCallInProgressEvent

__all__ = [
    "ResponseMCPCallInProgressEvent",
    "ResponseMcpCallInProgressEvent",
    "ResponseMCPCallInProgressEventType",
]
