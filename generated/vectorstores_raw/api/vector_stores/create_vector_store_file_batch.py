# Generated from openapi.yaml by make generate; do not edit.
"""``POST /vector_stores/{vector_store_id}/file_batches``: the raw operation, in four flavours (sync, async, each
with or without the response details)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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
from ...models.create_vector_store_file_request import CreateVectorStoreFileRequest
from ...models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
from ...models.vector_store_file_batch import VectorStoreFileBatch
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
OPERATION = ("POST", "/vector_stores/{vector_store_id}/file_batches")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "file_ids": {
        "type": "array",
        "minItems": 1,
        "maxItems": 2000,
        "items": {"type": "string", "pattern": "^\\S+$", "x-rule": "must be a file id, not blank or holding spaces"},
    },
    "files": {"type": "array", "minItems": 1, "maxItems": 2000, "items": {"$ref": "CreateVectorStoreFileRequest"}},
    "chunking_strategy": {"$ref": "ChunkingStrategyRequestParam"},
    "attributes": {"$ref": "VectorStoreFileAttributes"},
}


def request_options(
    vector_store_id: str,
    *,
    file_ids: SequenceNotStr[str] | Omit = omit,
    files: Iterable[CreateVectorStoreFileRequest | Mapping[str, Any]] | Omit = omit,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    attributes: dict[str, str | float | bool] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``POST /vector_stores/{vector_store_id}/file_batches`` sends for these arguments."""
    file_ids = as_list(file_ids)
    files = as_list(files)
    check_arguments(
        _RULES,
        {
            "file_ids": file_ids,
            "files": files,
            "chunking_strategy": chunking_strategy,
            "attributes": attributes,
        },
    )
    return RequestOptions(
        method="POST",
        url="/vector_stores/{vector_store_id}/file_batches".format(
            vector_store_id=path_segment("vector_store_id", vector_store_id),
        ),
        params=query_params({}, extra_query),
        json=json_body(
            {
                "file_ids": file_ids,
                "files": files,
                "chunking_strategy": chunking_strategy,
                "attributes": attributes,
            },
            extra_body,
        ),
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> VectorStoreFileBatch:
    """The VectorStoreFileBatch in a 2xx response."""
    return VectorStoreFileBatch.from_dict(parse_object(response))


def sync_detailed(
    client: Client,
    /,
    vector_store_id: str,
    *,
    file_ids: SequenceNotStr[str] | Omit = omit,
    files: Iterable[CreateVectorStoreFileRequest | Mapping[str, Any]] | Omit = omit,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    attributes: dict[str, str | float | bool] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[VectorStoreFileBatch]:
    """The maximum number of files in a single batch request is 2000. Vector store file attach requests are rate limited
    per vector store (300 requests per minute across both this endpoint and
    `/vector_stores/{vector_store_id}/files`). For ingesting multiple files into the same vector store, this batch
    endpoint is recommended.

    Send ``POST /vector_stores/{vector_store_id}/file_batches`` and return the parsed result with the response details.

    Args:
        vector_store_id: The ID of the vector store for which to create a File Batch.
        file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools
            like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be
            applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for
            multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with
            `files`.
        files: A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`.
            Use this when you need to override metadata for specific files. The global `attributes` or
            `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000
            files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request
            pressure. Mutually exclusive with `file_ids`.
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
        Response[VectorStoreFileBatch]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
            vector_store_id,
            file_ids=file_ids,
            files=files,
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
    file_ids: SequenceNotStr[str] | Omit = omit,
    files: Iterable[CreateVectorStoreFileRequest | Mapping[str, Any]] | Omit = omit,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    attributes: dict[str, str | float | bool] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> VectorStoreFileBatch:
    """The maximum number of files in a single batch request is 2000. Vector store file attach requests are rate limited
    per vector store (300 requests per minute across both this endpoint and
    `/vector_stores/{vector_store_id}/files`). For ingesting multiple files into the same vector store, this batch
    endpoint is recommended.

    Send ``POST /vector_stores/{vector_store_id}/file_batches`` and return the parsed result.

    Args:
        vector_store_id: The ID of the vector store for which to create a File Batch.
        file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools
            like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be
            applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for
            multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with
            `files`.
        files: A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`.
            Use this when you need to override metadata for specific files. The global `attributes` or
            `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000
            files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request
            pressure. Mutually exclusive with `file_ids`.
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
        VectorStoreFileBatch: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
                vector_store_id,
                file_ids=file_ids,
                files=files,
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
    file_ids: SequenceNotStr[str] | Omit = omit,
    files: Iterable[CreateVectorStoreFileRequest | Mapping[str, Any]] | Omit = omit,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    attributes: dict[str, str | float | bool] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[VectorStoreFileBatch]:
    """The maximum number of files in a single batch request is 2000. Vector store file attach requests are rate limited
    per vector store (300 requests per minute across both this endpoint and
    `/vector_stores/{vector_store_id}/files`). For ingesting multiple files into the same vector store, this batch
    endpoint is recommended.

    Send ``POST /vector_stores/{vector_store_id}/file_batches`` and return the parsed result with the response details.

    Args:
        vector_store_id: The ID of the vector store for which to create a File Batch.
        file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools
            like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be
            applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for
            multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with
            `files`.
        files: A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`.
            Use this when you need to override metadata for specific files. The global `attributes` or
            `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000
            files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request
            pressure. Mutually exclusive with `file_ids`.
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
        Response[VectorStoreFileBatch]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
            vector_store_id,
            file_ids=file_ids,
            files=files,
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
    file_ids: SequenceNotStr[str] | Omit = omit,
    files: Iterable[CreateVectorStoreFileRequest | Mapping[str, Any]] | Omit = omit,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    attributes: dict[str, str | float | bool] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> VectorStoreFileBatch:
    """The maximum number of files in a single batch request is 2000. Vector store file attach requests are rate limited
    per vector store (300 requests per minute across both this endpoint and
    `/vector_stores/{vector_store_id}/files`). For ingesting multiple files into the same vector store, this batch
    endpoint is recommended.

    Send ``POST /vector_stores/{vector_store_id}/file_batches`` and return the parsed result.

    Args:
        vector_store_id: The ID of the vector store for which to create a File Batch.
        file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools
            like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be
            applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for
            multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with
            `files`.
        files: A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`.
            Use this when you need to override metadata for specific files. The global `attributes` or
            `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000
            files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request
            pressure. Mutually exclusive with `file_ids`.
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
        VectorStoreFileBatch: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
                vector_store_id,
                file_ids=file_ids,
                files=files,
                chunking_strategy=chunking_strategy,
                attributes=attributes,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
