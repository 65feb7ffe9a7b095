# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreSearchRequestRankingOptionsRanker``."""

from vectorstores_raw.models import VectorStoreSearchRequestRankingOptionsRanker

__all__ = [
    "VectorStoreSearchRequestRankingOptionsRanker",
]
