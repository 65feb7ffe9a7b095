# Generated from openapi.yaml by make generate; do not edit.
"""``POST /vector_stores/{vector_store_id}/files``: the raw operation, in four flavours (sync, async, each
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
from ...models.auto_chunking_strategy import AutoChunkingStrategy
from ...models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
from ...models.vector_store_file import VectorStoreFile
from ...types import (
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Omit,
    Query,
    omit,
)
from ...types import (
    Response as Detailed,
)
from ...validation import check_arguments

# The operation of the document this module sends (method, path): a registry entry that tests
# and tools read instead of naming the operation themselves.
OPERATION = ("POST", "/vector_stores/{vector_store_id}/files")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "file_id": {"type": "string", "pattern": "^\\S+$", "x-rule": "must be a file id, not blank or holding spaces"},
    "chunking_strategy": {"$ref": "ChunkingStrategyRequestParam"},
    "attributes": {"$ref": "VectorStoreFileAttributes"},
}


def request_options(
    vector_store_id: str,
    *,
    file_id: str,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    attributes: dict[str, str | float | bool] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``POST /vector_stores/{vector_store_id}/files`` sends for these arguments."""
    check_arguments(
        _RULES,
        {
            "file_id": file_id,
            "chunking_strategy": chunking_strategy,
            "attributes": attributes,
        },
    )
    return RequestOptions(
        method="POST",
        url="/vector_stores/{vector_store_id}/files".format(
            vector_store_id=path_segment("vector_store_id", vector_store_id),
        ),
        params=query_params({}, extra_query),
        json=json_body(
            {
                "file_id": file_id,
                "chunking_strategy": chunking_strategy,
                "attributes": attributes,
            },
            extra_body,
        ),
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> VectorStoreFile:
    """The VectorStoreFile in a 2xx response."""
    return VectorStoreFile.from_dict(parse_object(response))


def sync_detailed(
    client: Client,
    /,
    vector_store_id: str,
    *,
    file_id: str,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    attributes: dict[str, str | float | bool] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[VectorStoreFile]:
    """This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with
    `/vector_stores/{vector_store_id}/file_batches`. For uploading multiple files to the same vector store, use the
    file batches endpoint to reduce request volume.

    Send ``POST /vector_stores/{vector_store_id}/files`` and return the parsed result with the response details.

    Args:
        vector_store_id: The ID of the vector store for which to create a File.
        file_id: A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like
            `file_search` that can access files. For multi-file ingestion, we recommend
            [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store
            write requests.
        chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto`
            strategy.
        attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
            additional information about the object in a structured format, and querying for objects via API or the
            dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length
            of 512 characters, booleans, or numbers.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[VectorStoreFile]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
            vector_store_id,
            file_id=file_id,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
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
    file_id: str,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    attributes: dict[str, str | float | bool] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> VectorStoreFile:
    """This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with
    `/vector_stores/{vector_store_id}/file_batches`. For uploading multiple files to the same vector store, use the
    file batches endpoint to reduce request volume.

    Send ``POST /vector_stores/{vector_store_id}/files`` and return the parsed result.

    Args:
        vector_store_id: The ID of the vector store for which to create a File.
        file_id: A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like
            `file_search` that can access files. For multi-file ingestion, we recommend
            [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store
            write requests.
        chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto`
            strategy.
        attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
            additional information about the object in a structured format, and querying for objects via API or the
            dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length
            of 512 characters, booleans, or numbers.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        VectorStoreFile: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
                vector_store_id,
                file_id=file_id,
                chunking_strategy=chunking_strategy,
                attributes=attributes,
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
    file_id: str,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    attributes: dict[str, str | float | bool] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[VectorStoreFile]:
    """This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with
    `/vector_stores/{vector_store_id}/file_batches`. For uploading multiple files to the same vector store, use the
    file batches endpoint to reduce request volume.

    Send ``POST /vector_stores/{vector_store_id}/files`` and return the parsed result with the response details.

    Args:
        vector_store_id: The ID of the vector store for which to create a File.
        file_id: A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like
            `file_search` that can access files. For multi-file ingestion, we recommend
            [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store
            write requests.
        chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto`
            strategy.
        attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
            additional information about the object in a structured format, and querying for objects via API or the
            dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length
            of 512 characters, booleans, or numbers.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[VectorStoreFile]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
            vector_store_id,
            file_id=file_id,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
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
    file_id: str,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    attributes: dict[str, str | float | bool] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> VectorStoreFile:
    """This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with
    `/vector_stores/{vector_store_id}/file_batches`. For uploading multiple files to the same vector store, use the
    file batches endpoint to reduce request volume.

    Send ``POST /vector_stores/{vector_store_id}/files`` and return the parsed result.

    Args:
        vector_store_id: The ID of the vector store for which to create a File.
        file_id: A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like
            `file_search` that can access files. For multi-file ingestion, we recommend
            [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store
            write requests.
        chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto`
            strategy.
        attributes: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
            additional information about the object in a structured format, and querying for objects via API or the
            dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length
            of 512 characters, booleans, or numbers.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        VectorStoreFile: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
                vector_store_id,
                file_id=file_id,
                chunking_strategy=chunking_strategy,
                attributes=attributes,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
