# Generated from openapi.yaml by make generate; do not edit.
"""``CompactionSummaryItemParam`` and the types its fields name."""

from vectorstores_raw.models import CompactionSummaryItemParam, CompactionSummaryItemParamType

__all__ = [
    "CompactionSummaryItemParam",
    "CompactionSummaryItemParamType",
]
