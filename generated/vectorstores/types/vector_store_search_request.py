# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreSearchRequest`` and the types its fields name."""

from vectorstores_raw.models import ComparisonFilter, VectorStoreSearchRequest, VectorStoreSearchRequestRankingOptions

# openai-python's names: for the objects of fields, and its own spelling of a type's.
RankingOptions = VectorStoreSearchRequestRankingOptions

__all__ = [
    "ComparisonFilter",
    "RankingOptions",
    "VectorStoreSearchRequest",
    "VectorStoreSearchRequestRankingOptions",
]
