# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseLogProb`` and the types its fields name."""

from vectorstores_raw.models import ResponseLogProb, ResponseLogProbTopLogprobsItem

# openai-python's names: for the objects of fields, and its own spelling of a type's.
TopLogprob = ResponseLogProbTopLogprobsItem

__all__ = [
    "ResponseLogProb",
    "ResponseLogProbTopLogprobsItem",
    "TopLogprob",
]
