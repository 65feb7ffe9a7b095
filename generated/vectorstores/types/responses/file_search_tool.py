# Generated from openapi.yaml by make generate; do not edit.
"""``FileSearchTool`` and the types its fields name."""

from vectorstores_raw.models import ComparisonFilter, FileSearchTool, FileSearchToolType, RankingOptions

__all__ = [
    "ComparisonFilter",
    "FileSearchTool",
    "FileSearchToolType",
    "RankingOptions",
]
