# Generated from openapi.yaml by make generate; do not edit.
"""The ``VectorStoreSearchRequestRankingOptionsRanker`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
VectorStoreSearchRequestRankingOptionsRanker = Literal["auto", "default-2024-11-15", "none"]
"""Enable re-ranking; set to `none` to disable, which can help reduce latency."""

VECTOR_STORE_SEARCH_REQUEST_RANKING_OPTIONS_RANKER_VALUES: frozenset[str] = frozenset(
    ["auto", "default-2024-11-15", "none"]
)


def check_vector_store_search_request_ranking_options_ranker(
    value: str,
) -> VectorStoreSearchRequestRankingOptionsRanker:
    """Return ``value`` typed as VectorStoreSearchRequestRankingOptionsRanker; an unlisted value passes through."""
    return cast(VectorStoreSearchRequestRankingOptionsRanker, value)
