# Generated from openapi.yaml by make generate; do not edit.
"""``LogProbability`` and the types its fields name."""

from vectorstores_raw.models import LogProbability, TopLogProbability

# openai-python's names: for the objects of fields, and its own spelling of a type's.
TopLogprob = TopLogProbability

__all__ = [
    "LogProbability",
    "TopLogprob",
    "TopLogProbability",
]
