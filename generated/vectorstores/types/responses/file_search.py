# Generated from openapi.yaml by make generate; do not edit.
"""``FileSearch`` and the types its fields name."""

from vectorstores_raw.models import ComparisonFilter, FileSearch, FileSearchType, RankingOptions

__all__ = [
    "ComparisonFilter",
    "FileSearch",
    "FileSearchType",
    "RankingOptions",
]
