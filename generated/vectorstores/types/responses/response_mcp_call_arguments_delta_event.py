# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallArgumentsDeltaEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPCallArgumentsDeltaEvent, ResponseMCPCallArgumentsDeltaEventType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
ResponseMcpCallArgumentsDeltaEvent = ResponseMCPCallArgumentsDeltaEvent

__all__ = [
    "ResponseMCPCallArgumentsDeltaEvent",
    "ResponseMcpCallArgumentsDeltaEvent",
    "ResponseMCPCallArgumentsDeltaEventType",
]
