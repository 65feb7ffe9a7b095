# Generated from openapi.yaml by make generate; do not edit.
"""``POST /vector_stores``: the raw operation, in four flavours (sync, async, each
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
    query_params,
)
from ...models.auto_chunking_strategy import AutoChunkingStrategy
from ...models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
from ...models.vector_store import VectorStore
from ...models.vector_store_expiration_policy import VectorStoreExpirationPolicy
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
OPERATION = ("POST", "/vector_stores")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "file_ids": {
        "type": "array",
        "maxItems": 500,
        "items": {"type": "string", "pattern": "^\\S+$", "x-rule": "must be a file id, not blank or holding spaces"},
    },
    "name": {"type": "string"},
    "description": {"type": "string"},
    "expires_after": {"$ref": "VectorStoreExpirationAfter"},
    "chunking_strategy": {
        "type": "object",
        "oneOf": [{"$ref": "AutoChunkingStrategyRequestParam"}, {"$ref": "StaticChunkingStrategyRequestParam"}],
    },
    "metadata": {"$ref": "Metadata"},
}


def request_options(
    *,
    file_ids: SequenceNotStr[str] | Omit = omit,
    name: str | Omit = omit,
    description: str | Omit = omit,
    expires_after: VectorStoreExpirationPolicy | Mapping[str, Any] | Omit = omit,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    metadata: dict[str, str] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``POST /vector_stores`` sends for these arguments."""
    file_ids = as_list(file_ids)
    check_arguments(
        _RULES,
        {
            "file_ids": file_ids,
            "name": name,
            "description": description,
            "expires_after": expires_after,
            "chunking_strategy": chunking_strategy,
            "metadata": metadata,
        },
    )
    return RequestOptions(
        method="POST",
        url="/vector_stores",
        params=query_params({}, extra_query),
        json=json_body(
            {
                "file_ids": file_ids,
                "name": name,
                "description": description,
                "expires_after": expires_after,
                "chunking_strategy": chunking_strategy,
                "metadata": metadata,
            },
            extra_body,
        ),
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> VectorStore:
    """The VectorStore in a 2xx response."""
    return VectorStore.from_dict(parse_object(response))


def sync_detailed(
    client: Client,
    /,
    *,
    file_ids: SequenceNotStr[str] | Omit = omit,
    name: str | Omit = omit,
    description: str | Omit = omit,
    expires_after: VectorStoreExpirationPolicy | Mapping[str, Any] | Omit = omit,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    metadata: dict[str, str] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[VectorStore]:
    """Create a vector store.

    Send ``POST /vector_stores`` and return the parsed result with the response details.

    Args:
        file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools
            like `file_search` that can access files.
        name: The name of the vector store.
        description: A description for the vector store. Can be used to describe the vector store's purpose.
        expires_after: The expiration policy for a vector store.
        chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto`
            strategy. Only applicable if `file_ids` is non-empty.
        metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
            additional information about the object in a structured format, and querying for objects via API or the
            dashboard.

            Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
            characters.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[VectorStore]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
            file_ids=file_ids,
            name=name,
            description=description,
            expires_after=expires_after,
            chunking_strategy=chunking_strategy,
            metadata=metadata,
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
    *,
    file_ids: SequenceNotStr[str] | Omit = omit,
    name: str | Omit = omit,
    description: str | Omit = omit,
    expires_after: VectorStoreExpirationPolicy | Mapping[str, Any] | Omit = omit,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    metadata: dict[str, str] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> VectorStore:
    """Create a vector store.

    Send ``POST /vector_stores`` and return the parsed result.

    Args:
        file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools
            like `file_search` that can access files.
        name: The name of the vector store.
        description: A description for the vector store. Can be used to describe the vector store's purpose.
        expires_after: The expiration policy for a vector store.
        chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto`
            strategy. Only applicable if `file_ids` is non-empty.
        metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
            additional information about the object in a structured format, and querying for objects via API or the
            dashboard.

            Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
            characters.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        VectorStore: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
                file_ids=file_ids,
                name=name,
                description=description,
                expires_after=expires_after,
                chunking_strategy=chunking_strategy,
                metadata=metadata,
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
    *,
    file_ids: SequenceNotStr[str] | Omit = omit,
    name: str | Omit = omit,
    description: str | Omit = omit,
    expires_after: VectorStoreExpirationPolicy | Mapping[str, Any] | Omit = omit,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    metadata: dict[str, str] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[VectorStore]:
    """Create a vector store.

    Send ``POST /vector_stores`` and return the parsed result with the response details.

    Args:
        file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools
            like `file_search` that can access files.
        name: The name of the vector store.
        description: A description for the vector store. Can be used to describe the vector store's purpose.
        expires_after: The expiration policy for a vector store.
        chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto`
            strategy. Only applicable if `file_ids` is non-empty.
        metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
            additional information about the object in a structured format, and querying for objects via API or the
            dashboard.

            Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
            characters.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[VectorStore]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
            file_ids=file_ids,
            name=name,
            description=description,
            expires_after=expires_after,
            chunking_strategy=chunking_strategy,
            metadata=metadata,
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
    *,
    file_ids: SequenceNotStr[str] | Omit = omit,
    name: str | Omit = omit,
    description: str | Omit = omit,
    expires_after: VectorStoreExpirationPolicy | Mapping[str, Any] | Omit = omit,
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategyRequestParam | Mapping[str, Any] | Omit = omit,
    metadata: dict[str, str] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> VectorStore:
    """Create a vector store.

    Send ``POST /vector_stores`` and return the parsed result.

    Args:
        file_ids: A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools
            like `file_search` that can access files.
        name: The name of the vector store.
        description: A description for the vector store. Can be used to describe the vector store's purpose.
        expires_after: The expiration policy for a vector store.
        chunking_strategy: The chunking strategy used to chunk the file(s). If not set, will use the `auto`
            strategy. Only applicable if `file_ids` is non-empty.
        metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
            additional information about the object in a structured format, and querying for objects via API or the
            dashboard.

            Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
            characters.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        VectorStore: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
                file_ids=file_ids,
                name=name,
                description=description,
                expires_after=expires_after,
                chunking_strategy=chunking_strategy,
                metadata=metadata,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
