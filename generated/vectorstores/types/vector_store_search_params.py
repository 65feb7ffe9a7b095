# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreSearchParams`` and the request types it nests: the parameters of ``client.vector_stores.search()``, as plain dicts."""

from __future__ import annotations

from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr
from vectorstores.types.shared_params.comparison_filter import ComparisonFilter
from vectorstores.types.shared_params.compound_filter import CompoundFilter

__all__ = ["VectorStoreSearchParams", "RankingOptions", "Filters"]


class VectorStoreSearchParams(TypedDict, total=False):
    query: Required[str | SequenceNotStr[str]]
    """A query string for a search"""
    filters: Filters
    """A filter to apply based on file attributes."""
    max_num_results: int
    """The maximum number of results to return. This number should be between 1 and 50 inclusive."""
    ranking_options: RankingOptions
    """Ranking options for search."""
    rewrite_query: bool
    """Whether to rewrite the natural language query for vector search."""


class RankingOptions(TypedDict, total=False):
    """Ranking options for search."""

    ranker: Literal["auto", "default-2024-11-15", "none"]
    """Enable re-ranking; set to `none` to disable, which can help reduce latency."""
    score_threshold: float


Filters: TypeAlias = ComparisonFilter | CompoundFilter
