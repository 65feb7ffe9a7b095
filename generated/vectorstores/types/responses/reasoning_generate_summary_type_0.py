# Generated from openapi.yaml by make generate; do not edit.
"""``ReasoningGenerateSummaryType0``."""

from vectorstores_raw.models import ReasoningGenerateSummaryType0

__all__ = [
    "ReasoningGenerateSummaryType0",
]
