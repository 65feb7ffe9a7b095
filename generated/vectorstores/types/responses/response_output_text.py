# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputText`` and the types its fields name."""

from vectorstores_raw.models import FileCitation, LogProbability, ResponseOutputText, ResponseOutputTextType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Logprob = LogProbability

__all__ = [
    "FileCitation",
    "Logprob",
    "LogProbability",
    "ResponseOutputText",
    "ResponseOutputTextType",
]
