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
    """Send ``POST /vector_stores/{vector_store_id}/files`` and return the parsed result with the response details.

    Args:
        vector_store_id: path parameter ``vector_store_id``, required.
        file_id: body parameter ``file_id``, required.
        chunking_strategy: body parameter ``chunking_strategy``.
        attributes: body parameter ``attributes``.
        extra_headers, extra_query, extra_body: sent on top of what the arguments produce.
        timeout: for this request only, in seconds or as an httpx2.Timeout.

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
    """Send ``POST /vector_stores/{vector_store_id}/files`` and return the parsed result.

    Args:
        vector_store_id: path parameter ``vector_store_id``, required.
        file_id: body parameter ``file_id``, required.
        chunking_strategy: body parameter ``chunking_strategy``.
        attributes: body parameter ``attributes``.
        extra_headers, extra_query, extra_body: sent on top of what the arguments produce.
        timeout: for this request only, in seconds or as an httpx2.Timeout.

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
    """Send ``POST /vector_stores/{vector_store_id}/files`` and return the parsed result with the response details.

    Args:
        vector_store_id: path parameter ``vector_store_id``, required.
        file_id: body parameter ``file_id``, required.
        chunking_strategy: body parameter ``chunking_strategy``.
        attributes: body parameter ``attributes``.
        extra_headers, extra_query, extra_body: sent on top of what the arguments produce.
        timeout: for this request only, in seconds or as an httpx2.Timeout.

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
    """Send ``POST /vector_stores/{vector_store_id}/files`` and return the parsed result.

    Args:
        vector_store_id: path parameter ``vector_store_id``, required.
        file_id: body parameter ``file_id``, required.
        chunking_strategy: body parameter ``chunking_strategy``.
        attributes: body parameter ``attributes``.
        extra_headers, extra_query, extra_body: sent on top of what the arguments produce.
        timeout: for this request only, in seconds or as an httpx2.Timeout.

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
