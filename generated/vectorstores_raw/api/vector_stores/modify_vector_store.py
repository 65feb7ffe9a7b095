# Generated from openapi.yaml by make generate; do not edit.
"""``POST /vector_stores/{vector_store_id}``: the raw operation, in four flavours (sync, async, each
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
from ...models.vector_store import VectorStore
from ...models.vector_store_expiration_policy import VectorStoreExpirationPolicy
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
OPERATION = ("POST", "/vector_stores/{vector_store_id}")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "name": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    "expires_after": {"anyOf": [{"$ref": "VectorStoreExpirationAfter"}, {"type": "null"}]},
    "metadata": {"$ref": "Metadata"},
}


def request_options(
    vector_store_id: str,
    *,
    name: str | None | Omit = omit,
    expires_after: VectorStoreExpirationPolicy | Mapping[str, Any] | None | Omit = omit,
    metadata: dict[str, str] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``POST /vector_stores/{vector_store_id}`` sends for these arguments."""
    check_arguments(
        _RULES,
        {
            "name": name,
            "expires_after": expires_after,
            "metadata": metadata,
        },
    )
    return RequestOptions(
        method="POST",
        url="/vector_stores/{vector_store_id}".format(
            vector_store_id=path_segment("vector_store_id", vector_store_id),
        ),
        params=query_params({}, extra_query),
        json=json_body(
            {
                "name": name,
                "expires_after": expires_after,
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
    vector_store_id: str,
    *,
    name: str | None | Omit = omit,
    expires_after: VectorStoreExpirationPolicy | Mapping[str, Any] | None | Omit = omit,
    metadata: dict[str, str] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[VectorStore]:
    """Modifies a vector store.

    Send ``POST /vector_stores/{vector_store_id}`` and return the parsed result with the response details.

    Args:
        vector_store_id: The ID of the vector store to modify.
        name: The name of the vector store.
        expires_after: The expiration policy for a vector store.
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
            vector_store_id,
            name=name,
            expires_after=expires_after,
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
    vector_store_id: str,
    *,
    name: str | None | Omit = omit,
    expires_after: VectorStoreExpirationPolicy | Mapping[str, Any] | None | Omit = omit,
    metadata: dict[str, str] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> VectorStore:
    """Modifies a vector store.

    Send ``POST /vector_stores/{vector_store_id}`` and return the parsed result.

    Args:
        vector_store_id: The ID of the vector store to modify.
        name: The name of the vector store.
        expires_after: The expiration policy for a vector store.
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
                vector_store_id,
                name=name,
                expires_after=expires_after,
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
    vector_store_id: str,
    *,
    name: str | None | Omit = omit,
    expires_after: VectorStoreExpirationPolicy | Mapping[str, Any] | None | Omit = omit,
    metadata: dict[str, str] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[VectorStore]:
    """Modifies a vector store.

    Send ``POST /vector_stores/{vector_store_id}`` and return the parsed result with the response details.

    Args:
        vector_store_id: The ID of the vector store to modify.
        name: The name of the vector store.
        expires_after: The expiration policy for a vector store.
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
            vector_store_id,
            name=name,
            expires_after=expires_after,
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
    vector_store_id: str,
    *,
    name: str | None | Omit = omit,
    expires_after: VectorStoreExpirationPolicy | Mapping[str, Any] | None | Omit = omit,
    metadata: dict[str, str] | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> VectorStore:
    """Modifies a vector store.

    Send ``POST /vector_stores/{vector_store_id}`` and return the parsed result.

    Args:
        vector_store_id: The ID of the vector store to modify.
        name: The name of the vector store.
        expires_after: The expiration policy for a vector store.
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
                vector_store_id,
                name=name,
                expires_after=expires_after,
                metadata=metadata,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
