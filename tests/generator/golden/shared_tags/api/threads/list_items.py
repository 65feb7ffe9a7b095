# Generated from openapi.yaml by make generate; do not edit.
"""``GET /threads/{thread_id}/items``: the raw operation, in four flavours (sync, async, each
with or without the response details)."""

from __future__ import annotations

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
from ...models.item_list import ItemList
from ...types import (
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Query,
)
from ...types import (
    Response as Detailed,
)

# The operation of the document this module sends (method, path): a registry entry that tests
# and tools read instead of naming the operation themselves.
OPERATION = ("GET", "/threads/{thread_id}/items")


def request_options(
    thread_id: str,
    *,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``GET /threads/{thread_id}/items`` sends for these arguments."""
    return RequestOptions(
        method="GET",
        url="/threads/{thread_id}/items".format(
            thread_id=path_segment("thread_id", thread_id),
        ),
        params=query_params({}, extra_query),
        json=json_body({}, extra_body) or None,  # no body unless extra_body has keys
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> ItemList:
    """The ItemList in a 2xx response."""
    return ItemList.from_dict(parse_object(response))


def sync_detailed(
    client: Client,
    /,
    thread_id: str,
    *,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[ItemList]:
    """Send ``GET /threads/{thread_id}/items`` and return the parsed result with the response details.

    Args:
        thread_id: The ``thread_id`` path parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[ItemList]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
            thread_id,
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
    thread_id: str,
    *,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> ItemList:
    """Send ``GET /threads/{thread_id}/items`` and return the parsed result.

    Args:
        thread_id: The ``thread_id`` path parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        ItemList: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
                thread_id,
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
    thread_id: str,
    *,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[ItemList]:
    """Send ``GET /threads/{thread_id}/items`` and return the parsed result with the response details.

    Args:
        thread_id: The ``thread_id`` path parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[ItemList]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
            thread_id,
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
    thread_id: str,
    *,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> ItemList:
    """Send ``GET /threads/{thread_id}/items`` and return the parsed result.

    Args:
        thread_id: The ``thread_id`` path parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        ItemList: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
                thread_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
