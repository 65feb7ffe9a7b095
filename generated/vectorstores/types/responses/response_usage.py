# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseUsage`` and the types its fields name."""

from vectorstores_raw.models import ResponseUsage, ResponseUsageInputTokensDetails, ResponseUsageOutputTokensDetails

# openai-python's names: for the objects of fields, and its own spelling of a type's.
InputTokensDetails = ResponseUsageInputTokensDetails
OutputTokensDetails = ResponseUsageOutputTokensDetails

__all__ = [
    "InputTokensDetails",
    "OutputTokensDetails",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageOutputTokensDetails",
]
