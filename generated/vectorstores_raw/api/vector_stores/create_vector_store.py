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
    """Send ``POST /vector_stores`` and return the parsed result with the response details.

    Args:
        file_ids: body parameter ``file_ids``.
        name: body parameter ``name``.
        description: body parameter ``description``.
        expires_after: body parameter ``expires_after``.
        chunking_strategy: body parameter ``chunking_strategy``.
        metadata: body parameter ``metadata``.
        extra_headers, extra_query, extra_body: sent on top of what the arguments produce.
        timeout: for this request only, in seconds or as an httpx2.Timeout.

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
    """Send ``POST /vector_stores`` and return the parsed result.

    Args:
        file_ids: body parameter ``file_ids``.
        name: body parameter ``name``.
        description: body parameter ``description``.
        expires_after: body parameter ``expires_after``.
        chunking_strategy: body parameter ``chunking_strategy``.
        metadata: body parameter ``metadata``.
        extra_headers, extra_query, extra_body: sent on top of what the arguments produce.
        timeout: for this request only, in seconds or as an httpx2.Timeout.

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
    """Send ``POST /vector_stores`` and return the parsed result with the response details.

    Args:
        file_ids: body parameter ``file_ids``.
        name: body parameter ``name``.
        description: body parameter ``description``.
        expires_after: body parameter ``expires_after``.
        chunking_strategy: body parameter ``chunking_strategy``.
        metadata: body parameter ``metadata``.
        extra_headers, extra_query, extra_body: sent on top of what the arguments produce.
        timeout: for this request only, in seconds or as an httpx2.Timeout.

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
    """Send ``POST /vector_stores`` and return the parsed result.

    Args:
        file_ids: body parameter ``file_ids``.
        name: body parameter ``name``.
        description: body parameter ``description``.
        expires_after: body parameter ``expires_after``.
        chunking_strategy: body parameter ``chunking_strategy``.
        metadata: body parameter ``metadata``.
        extra_headers, extra_query, extra_body: sent on top of what the arguments produce.
        timeout: for this request only, in seconds or as an httpx2.Timeout.

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
