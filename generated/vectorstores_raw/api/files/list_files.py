# Generated from openapi.yaml by make generate; do not edit.
"""``GET /files``: the raw operation, in four flavours (sync, async, each
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
from ...models.list_files_order import ListFilesOrder
from ...models.list_files_response import ListFilesResponse
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
OPERATION = ("GET", "/files")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "purpose": {"type": "string"},
    "limit": {"type": "integer"},
    "order": {"type": "string", "enum": ["asc", "desc"]},
    "after": {"type": "string"},
}


def request_options(
    *,
    purpose: str | Omit = omit,
    limit: int | Omit = omit,
    order: ListFilesOrder | Omit = omit,
    after: str | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``GET /files`` sends for these arguments."""
    check_arguments(
        _RULES,
        {
            "purpose": purpose,
            "limit": limit,
            "order": order,
            "after": after,
        },
    )
    return RequestOptions(
        method="GET",
        url="/files",
        params=query_params(
            {
                "purpose": purpose,
                "limit": limit,
                "order": order,
                "after": after,
            },
            extra_query,
        ),
        json=json_body({}, extra_body) or None,  # no body unless extra_body has keys
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> ListFilesResponse:
    """The ListFilesResponse in a 2xx response."""
    return ListFilesResponse.from_dict(parse_object(response))


def sync_detailed(
    client: Client,
    /,
    *,
    purpose: str | Omit = omit,
    limit: int | Omit = omit,
    order: ListFilesOrder | Omit = omit,
    after: str | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[ListFilesResponse]:
    """Returns a list of files.

    Send ``GET /files`` and return the parsed result with the response details.

    Args:
        purpose: Only return files with the given purpose.
        limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the
            default is 10,000.
        order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
            descending order.
        after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
            instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can
            include after=obj_foo in order to fetch the next page of the list.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[ListFilesResponse]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
            purpose=purpose,
            limit=limit,
            order=order,
            after=after,
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
    purpose: str | Omit = omit,
    limit: int | Omit = omit,
    order: ListFilesOrder | Omit = omit,
    after: str | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> ListFilesResponse:
    """Returns a list of files.

    Send ``GET /files`` and return the parsed result.

    Args:
        purpose: Only return files with the given purpose.
        limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the
            default is 10,000.
        order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
            descending order.
        after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
            instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can
            include after=obj_foo in order to fetch the next page of the list.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        ListFilesResponse: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
                purpose=purpose,
                limit=limit,
                order=order,
                after=after,
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
    purpose: str | Omit = omit,
    limit: int | Omit = omit,
    order: ListFilesOrder | Omit = omit,
    after: str | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[ListFilesResponse]:
    """Returns a list of files.

    Send ``GET /files`` and return the parsed result with the response details.

    Args:
        purpose: Only return files with the given purpose.
        limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the
            default is 10,000.
        order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
            descending order.
        after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
            instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can
            include after=obj_foo in order to fetch the next page of the list.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[ListFilesResponse]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
            purpose=purpose,
            limit=limit,
            order=order,
            after=after,
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
    purpose: str | Omit = omit,
    limit: int | Omit = omit,
    order: ListFilesOrder | Omit = omit,
    after: str | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> ListFilesResponse:
    """Returns a list of files.

    Send ``GET /files`` and return the parsed result.

    Args:
        purpose: Only return files with the given purpose.
        limit: A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the
            default is 10,000.
        order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
            descending order.
        after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
            instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can
            include after=obj_foo in order to fetch the next page of the list.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        ListFilesResponse: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
                purpose=purpose,
                limit=limit,
                order=order,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
