# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreSearchRequestRankingOptions`` and the types its fields name."""

from vectorstores_raw.models import VectorStoreSearchRequestRankingOptions, VectorStoreSearchRequestRankingOptionsRanker

__all__ = [
    "VectorStoreSearchRequestRankingOptions",
    "VectorStoreSearchRequestRankingOptionsRanker",
]
