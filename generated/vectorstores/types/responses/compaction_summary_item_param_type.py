# Generated from openapi.yaml by make generate; do not edit.
"""``CompactionSummaryItemParamType``."""

from vectorstores_raw.models import CompactionSummaryItemParamType

__all__ = [
    "CompactionSummaryItemParamType",
]
