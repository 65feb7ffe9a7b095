# Generated from openapi.yaml by make generate; do not edit.
"""``FileSearchToolParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr
from vectorstores.types.shared_params.comparison_filter import ComparisonFilter
from vectorstores.types.shared_params.compound_filter import CompoundFilter

__all__ = ["FileSearchToolParam", "RankingOptions", "HybridSearch", "Filters"]


class FileSearchToolParam(TypedDict, total=False):
    type: Required[Literal["file_search"]]
    vector_store_ids: Required[SequenceNotStr[str]]
    filters: Filters | None
    max_num_results: int
    ranking_options: RankingOptions


class RankingOptions(TypedDict, total=False):
    hybrid_search: HybridSearch
    ranker: Literal["auto", "default-2024-11-15"]
    score_threshold: float


class HybridSearch(TypedDict, total=False):
    embedding_weight: Required[float]
    text_weight: Required[float]


Filters: TypeAlias = ComparisonFilter | CompoundFilter
