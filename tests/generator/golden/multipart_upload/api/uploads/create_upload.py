# Generated from openapi.yaml by make generate; do not edit.
"""``POST /uploads``: the raw operation, in four flavours (sync, async, each
with or without the response details)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx2

from ...client import (
    Client,
    RequestOptions,
    build_response,
    multipart_body,
    parse_object,
    query_params,
)
from ...models.create_upload_body_expires_after import CreateUploadBodyExpiresAfter
from ...models.create_upload_response_200 import CreateUploadResponse200
from ...types import (
    NOT_GIVEN,
    Body,
    FileInput,
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
OPERATION = ("POST", "/uploads")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "purpose": {"type": "string"},
    "expires_after": {
        "type": "object",
        "properties": {"anchor": {"type": "string"}, "seconds": {"type": "integer"}},
        "required": ["anchor", "seconds"],
    },
}


def request_options(
    *,
    file: FileInput,
    purpose: str,
    expires_after: CreateUploadBodyExpiresAfter | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``POST /uploads`` sends for these arguments."""
    check_arguments(
        _RULES,
        {
            "purpose": purpose,
            "expires_after": expires_after,
        },
    )
    return RequestOptions(
        method="POST",
        url="/uploads",
        params=query_params({}, extra_query),
        **multipart_body(
            {
                "purpose": purpose,
                "expires_after": expires_after,
            },
            {
                "file": file,
            },
            extra_body,
        ),
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> CreateUploadResponse200:
    """The CreateUploadResponse200 in a 2xx response."""
    return CreateUploadResponse200.from_dict(parse_object(response))


def sync_detailed(
    client: Client,
    /,
    *,
    file: FileInput,
    purpose: str,
    expires_after: CreateUploadBodyExpiresAfter | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[CreateUploadResponse200]:
    """Send ``POST /uploads`` and return the parsed result with the response details.

    Args:
        file: The ``file`` body parameter.
        purpose: The ``purpose`` body parameter.
        expires_after: The ``expires_after`` body parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[CreateUploadResponse200]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
            file=file,
            purpose=purpose,
            expires_after=expires_after,
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
    file: FileInput,
    purpose: str,
    expires_after: CreateUploadBodyExpiresAfter | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> CreateUploadResponse200:
    """Send ``POST /uploads`` and return the parsed result.

    Args:
        file: The ``file`` body parameter.
        purpose: The ``purpose`` body parameter.
        expires_after: The ``expires_after`` body parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        CreateUploadResponse200: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
                file=file,
                purpose=purpose,
                expires_after=expires_after,
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
    file: FileInput,
    purpose: str,
    expires_after: CreateUploadBodyExpiresAfter | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[CreateUploadResponse200]:
    """Send ``POST /uploads`` and return the parsed result with the response details.

    Args:
        file: The ``file`` body parameter.
        purpose: The ``purpose`` body parameter.
        expires_after: The ``expires_after`` body parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[CreateUploadResponse200]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
            file=file,
            purpose=purpose,
            expires_after=expires_after,
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
    file: FileInput,
    purpose: str,
    expires_after: CreateUploadBodyExpiresAfter | Mapping[str, Any] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> CreateUploadResponse200:
    """Send ``POST /uploads`` and return the parsed result.

    Args:
        file: The ``file`` body parameter.
        purpose: The ``purpose`` body parameter.
        expires_after: The ``expires_after`` body parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        CreateUploadResponse200: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
                file=file,
                purpose=purpose,
                expires_after=expires_after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
