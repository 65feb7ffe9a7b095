# Generated from openapi.yaml by make generate; do not edit.
"""``Reasoning`` and the types its fields name."""

from vectorstores_raw.models import (
    Reasoning,
    ReasoningContextType0,
    ReasoningEffortType0,
    ReasoningGenerateSummaryType0,
    ReasoningModeEnumType1,
    ReasoningSummaryType0,
)

__all__ = [
    "Reasoning",
    "ReasoningContextType0",
    "ReasoningEffortType0",
    "ReasoningGenerateSummaryType0",
    "ReasoningModeEnumType1",
    "ReasoningSummaryType0",
]
