# Generated from openapi.yaml by make generate; do not edit.
"""``GET /things``: the raw operation, in four flavours (sync, async, each
with or without the response details)."""

from __future__ import annotations

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
from ...models.list_things_order import ListThingsOrder
from ...models.list_things_response_200 import ListThingsResponse200
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
OPERATION = ("GET", "/things")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "limit": {"type": "integer"},
    "after": {"type": "string"},
    "order": {"type": "string", "enum": ["asc", "desc"]},
}


def request_options(
    *,
    limit: int | Omit = omit,
    after: str | Omit = omit,
    order: ListThingsOrder | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``GET /things`` sends for these arguments."""
    check_arguments(
        _RULES,
        {
            "limit": limit,
            "after": after,
            "order": order,
        },
    )
    return RequestOptions(
        method="GET",
        url="/things",
        params=query_params(
            {
                "limit": limit,
                "after": after,
                "order": order,
            },
            extra_query,
        ),
        json=json_body({}, extra_body) or None,  # no body unless extra_body has keys
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> ListThingsResponse200:
    """The ListThingsResponse200 in a 2xx response."""
    return ListThingsResponse200.from_dict(parse_object(response))


def sync_detailed(
    client: Client,
    /,
    *,
    limit: int | Omit = omit,
    after: str | Omit = omit,
    order: ListThingsOrder | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[ListThingsResponse200]:
    """Send ``GET /things`` and return the parsed result with the response details.

    Args:
        limit: The ``limit`` query parameter.
        after: The ``after`` query parameter.
        order: The ``order`` query parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[ListThingsResponse200]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
            limit=limit,
            after=after,
            order=order,
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
    limit: int | Omit = omit,
    after: str | Omit = omit,
    order: ListThingsOrder | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> ListThingsResponse200:
    """Send ``GET /things`` and return the parsed result.

    Args:
        limit: The ``limit`` query parameter.
        after: The ``after`` query parameter.
        order: The ``order`` query parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        ListThingsResponse200: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
                limit=limit,
                after=after,
                order=order,
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
    limit: int | Omit = omit,
    after: str | Omit = omit,
    order: ListThingsOrder | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[ListThingsResponse200]:
    """Send ``GET /things`` and return the parsed result with the response details.

    Args:
        limit: The ``limit`` query parameter.
        after: The ``after`` query parameter.
        order: The ``order`` query parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[ListThingsResponse200]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
            limit=limit,
            after=after,
            order=order,
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
    limit: int | Omit = omit,
    after: str | Omit = omit,
    order: ListThingsOrder | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> ListThingsResponse200:
    """Send ``GET /things`` and return the parsed result.

    Args:
        limit: The ``limit`` query parameter.
        after: The ``after`` query parameter.
        order: The ``order`` query parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        ListThingsResponse200: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
                limit=limit,
                after=after,
                order=order,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
