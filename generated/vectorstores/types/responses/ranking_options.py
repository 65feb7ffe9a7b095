# Generated from openapi.yaml by make generate; do not edit.
"""``RankingOptions`` and the types its fields name."""

from vectorstores_raw.models import HybridSearchOptions, RankerVersionType, RankingOptions

# openai-python's names: for the objects of fields, and its own spelling of a type's.
HybridSearch = HybridSearchOptions

__all__ = [
    "HybridSearch",
    "HybridSearchOptions",
    "RankerVersionType",
    "RankingOptions",
]
