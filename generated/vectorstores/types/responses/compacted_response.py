# Generated from openapi.yaml by make generate; do not edit.
"""``CompactedResponse`` and the types its fields name."""

from vectorstores_raw.models import CompactedResponse, CompactedResponseObject, Message, ResponseUsage

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Usage = ResponseUsage

__all__ = [
    "CompactedResponse",
    "CompactedResponseObject",
    "Message",
    "ResponseUsage",
    "Usage",
]
