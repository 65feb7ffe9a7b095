# Generated from openapi.yaml by make generate; do not edit.
"""``TheCompactedResponseObject`` and the types its fields name."""

from vectorstores_raw.models import Message, ResponseUsage, TheCompactedResponseObject, TheCompactedResponseObjectObject

# openai-python's names for the objects of fields.
Usage = ResponseUsage

__all__ = [
    "Message",
    "ResponseUsage",
    "TheCompactedResponseObject",
    "TheCompactedResponseObjectObject",
    "Usage",
]
