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
    filters: Filters
    max_num_results: int
    ranking_options: RankingOptions
    rewrite_query: bool


class RankingOptions(TypedDict, total=False):
    ranker: Literal["auto", "default-2024-11-15", "none"]
    score_threshold: float


Filters: TypeAlias = ComparisonFilter | CompoundFilter
