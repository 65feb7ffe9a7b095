# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseTextDeltaEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseLogProb, ResponseTextDeltaEvent, ResponseTextDeltaEventType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Logprob = ResponseLogProb

__all__ = [
    "Logprob",
    "ResponseLogProb",
    "ResponseTextDeltaEvent",
    "ResponseTextDeltaEventType",
]
