# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallArgumentsDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPCallArgumentsDoneEvent, ResponseMCPCallArgumentsDoneEventType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
ResponseMcpCallArgumentsDoneEvent = ResponseMCPCallArgumentsDoneEvent

__all__ = [
    "ResponseMCPCallArgumentsDoneEvent",
    "ResponseMcpCallArgumentsDoneEvent",
    "ResponseMCPCallArgumentsDoneEventType",
]
