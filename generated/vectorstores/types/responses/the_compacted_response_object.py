# Generated from openapi.yaml by make generate; do not edit.
"""``TheCompactedResponseObject`` and the types its fields name."""

from vectorstores_raw.models import Message, ResponseUsage, TheCompactedResponseObject, TheCompactedResponseObjectObject

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Usage = ResponseUsage

__all__ = [
    "Message",
    "ResponseUsage",
    "TheCompactedResponseObject",
    "TheCompactedResponseObjectObject",
    "Usage",
]
