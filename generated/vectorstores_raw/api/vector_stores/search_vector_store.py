# Generated from openapi.yaml by make generate; do not edit.
"""``POST /vector_stores/{vector_store_id}/search``: the raw operation, in four flavours (sync, async, each
with or without the response details)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx2

from ...client import (
    Client,
    RequestOptions,
    build_response,
    json_body,
    parse_object,
    path_segment,
    query_params,
)
from ...models.comparison_filter import ComparisonFilter
from ...models.compound_filter import CompoundFilter
from ...models.vector_store_search_request_ranking_options import VectorStoreSearchRequestRankingOptions
from ...models.vector_store_search_results_page import VectorStoreSearchResultsPage
from ...types import (
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Omit,
    Query,
    SequenceNotStr,
    as_list,
    omit,
)
from ...types import (
    Response as Detailed,
)
from ...validation import check_arguments

# The operation of the document this module sends (method, path): a registry entry that tests
# and tools read instead of naming the operation themselves.
OPERATION = ("POST", "/vector_stores/{vector_store_id}/search")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "query": {
        "oneOf": [
            {"type": "string", "pattern": "\\S", "x-rule": "must hold a word, not only spaces"},
            {
                "type": "array",
                "minItems": 1,
                "items": {"type": "string", "pattern": "\\S", "x-rule": "must hold a word, not only spaces"},
            },
        ]
    },
    "rewrite_query": {"type": "boolean"},
    "max_num_results": {"type": "integer", "minimum": 1, "maximum": 50},
    "filters": {"oneOf": [{"$ref": "ComparisonFilter"}, {"$ref": "CompoundFilter"}]},
    "ranking_options": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "ranker": {"type": "string", "enum": ["none", "auto", "default-2024-11-15"]},
            "score_threshold": {"type": "number", "minimum": 0, "maximum": 1},
        },
    },
}


def request_options(
    vector_store_id: str,
    *,
    query: str | SequenceNotStr[str],
    rewrite_query: bool | Omit = omit,
    max_num_results: int | Omit = omit,
    filters: ComparisonFilter | CompoundFilter | Mapping[str, Any] | Omit = omit,
    ranking_options: VectorStoreSearchRequestRankingOptions | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``POST /vector_stores/{vector_store_id}/search`` sends for these arguments."""
    query = as_list(query)
    check_arguments(
        _RULES,
        {
            "query": query,
            "rewrite_query": rewrite_query,
            "max_num_results": max_num_results,
            "filters": filters,
            "ranking_options": ranking_options,
        },
    )
    return RequestOptions(
        method="POST",
        url="/vector_stores/{vector_store_id}/search".format(
            vector_store_id=path_segment("vector_store_id", vector_store_id),
        ),
        params=query_params({}, extra_query),
        json=json_body(
            {
                "query": query,
                "rewrite_query": rewrite_query,
                "max_num_results": max_num_results,
                "filters": filters,
                "ranking_options": ranking_options,
            },
            extra_body,
        ),
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> VectorStoreSearchResultsPage:
    """The VectorStoreSearchResultsPage in a 2xx response."""
    return VectorStoreSearchResultsPage.from_dict(parse_object(response))


def sync_detailed(
    client: Client,
    /,
    vector_store_id: str,
    *,
    query: str | SequenceNotStr[str],
    rewrite_query: bool | Omit = omit,
    max_num_results: int | Omit = omit,
    filters: ComparisonFilter | CompoundFilter | Mapping[str, Any] | Omit = omit,
    ranking_options: VectorStoreSearchRequestRankingOptions | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[VectorStoreSearchResultsPage]:
    """Search a vector store for relevant chunks based on a query and file attributes filter.

    Send ``POST /vector_stores/{vector_store_id}/search`` and return the parsed result with the response details.

    Args:
        vector_store_id: The ID of the vector store to search.
        query: A query string for a search
        rewrite_query: Whether to rewrite the natural language query for vector search.
        max_num_results: The maximum number of results to return. This number should be between 1 and 50 inclusive.
        filters: A filter to apply based on file attributes.
        ranking_options: Ranking options for search.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[VectorStoreSearchResultsPage]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
            vector_store_id,
            query=query,
            rewrite_query=rewrite_query,
            max_num_results=max_num_results,
            filters=filters,
            ranking_options=ranking_options,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
    )
    return build_response(response, parse_response(response))


def sync(
    client: Client,
    /,
    vector_store_id: str,
    *,
    query: str | SequenceNotStr[str],
    rewrite_query: bool | Omit = omit,
    max_num_results: int | Omit = omit,
    filters: ComparisonFilter | CompoundFilter | Mapping[str, Any] | Omit = omit,
    ranking_options: VectorStoreSearchRequestRankingOptions | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> VectorStoreSearchResultsPage:
    """Search a vector store for relevant chunks based on a query and file attributes filter.

    Send ``POST /vector_stores/{vector_store_id}/search`` and return the parsed result.

    Args:
        vector_store_id: The ID of the vector store to search.
        query: A query string for a search
        rewrite_query: Whether to rewrite the natural language query for vector search.
        max_num_results: The maximum number of results to return. This number should be between 1 and 50 inclusive.
        filters: A filter to apply based on file attributes.
        ranking_options: Ranking options for search.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        VectorStoreSearchResultsPage: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
                vector_store_id,
                query=query,
                rewrite_query=rewrite_query,
                max_num_results=max_num_results,
                filters=filters,
                ranking_options=ranking_options,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )


async def asyncio_detailed(
    client: Client,
    /,
    vector_store_id: str,
    *,
    query: str | SequenceNotStr[str],
    rewrite_query: bool | Omit = omit,
    max_num_results: int | Omit = omit,
    filters: ComparisonFilter | CompoundFilter | Mapping[str, Any] | Omit = omit,
    ranking_options: VectorStoreSearchRequestRankingOptions | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[VectorStoreSearchResultsPage]:
    """Search a vector store for relevant chunks based on a query and file attributes filter.

    Send ``POST /vector_stores/{vector_store_id}/search`` and return the parsed result with the response details.

    Args:
        vector_store_id: The ID of the vector store to search.
        query: A query string for a search
        rewrite_query: Whether to rewrite the natural language query for vector search.
        max_num_results: The maximum number of results to return. This number should be between 1 and 50 inclusive.
        filters: A filter to apply based on file attributes.
        ranking_options: Ranking options for search.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[VectorStoreSearchResultsPage]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
            vector_store_id,
            query=query,
            rewrite_query=rewrite_query,
            max_num_results=max_num_results,
            filters=filters,
            ranking_options=ranking_options,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
    )
    return build_response(response, parse_response(response))


async def asyncio(
    client: Client,
    /,
    vector_store_id: str,
    *,
    query: str | SequenceNotStr[str],
    rewrite_query: bool | Omit = omit,
    max_num_results: int | Omit = omit,
    filters: ComparisonFilter | CompoundFilter | Mapping[str, Any] | Omit = omit,
    ranking_options: VectorStoreSearchRequestRankingOptions | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> VectorStoreSearchResultsPage:
    """Search a vector store for relevant chunks based on a query and file attributes filter.

    Send ``POST /vector_stores/{vector_store_id}/search`` and return the parsed result.

    Args:
        vector_store_id: The ID of the vector store to search.
        query: A query string for a search
        rewrite_query: Whether to rewrite the natural language query for vector search.
        max_num_results: The maximum number of results to return. This number should be between 1 and 50 inclusive.
        filters: A filter to apply based on file attributes.
        ranking_options: Ranking options for search.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        VectorStoreSearchResultsPage: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
                vector_store_id,
                query=query,
                rewrite_query=rewrite_query,
                max_num_results=max_num_results,
                filters=filters,
                ranking_options=ranking_options,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
