# Generated from openapi.yaml by make generate; do not edit.
"""``GET /responses/{response_id}/input_items``: the raw operation, in four flavours (sync, async, each
with or without the response details)."""

from __future__ import annotations

from collections.abc import Iterable
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
from ...models.include_enum import IncludeEnum
from ...models.list_input_items_order import ListInputItemsOrder
from ...models.response_item_list import ResponseItemList
from ...types import (
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Omit,
    Query,
    as_list,
    omit,
)
from ...types import (
    Response as Detailed,
)
from ...validation import check_arguments

# The operation of the document this module sends (method, path): a registry entry that tests
# and tools read instead of naming the operation themselves.
OPERATION = ("GET", "/responses/{response_id}/input_items")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "limit": {"type": "integer"},
    "order": {"type": "string", "enum": ["asc", "desc"]},
    "after": {"type": "string"},
    "include": {"type": "array", "items": {"$ref": "IncludeEnum"}},
}


def request_options(
    response_id: str,
    *,
    limit: int | Omit = omit,
    order: ListInputItemsOrder | Omit = omit,
    after: str | Omit = omit,
    include: Iterable[IncludeEnum] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``GET /responses/{response_id}/input_items`` sends for these arguments."""
    include = as_list(include)
    check_arguments(
        _RULES,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "include": include,
        },
    )
    return RequestOptions(
        method="GET",
        url="/responses/{response_id}/input_items".format(
            response_id=path_segment("response_id", response_id),
        ),
        params=query_params(
            {
                "limit": limit,
                "order": order,
                "after": after,
                "include": include,
            },
            extra_query,
        ),
        json=json_body({}, extra_body) or None,  # no body unless extra_body has keys
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> ResponseItemList:
    """The ResponseItemList in a 2xx response."""
    return ResponseItemList.from_dict(parse_object(response))


def sync_detailed(
    client: Client,
    /,
    response_id: str,
    *,
    limit: int | Omit = omit,
    order: ListInputItemsOrder | Omit = omit,
    after: str | Omit = omit,
    include: Iterable[IncludeEnum] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[ResponseItemList]:
    """Returns a list of input items for a given response.

    Send ``GET /responses/{response_id}/input_items`` and return the parsed result with the response details.

    Args:
        response_id: The ID of the response to retrieve input items for.
        limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default
            is 20.
        order: The order to return the input items in. Default is `desc`.

            - `asc`: Return the input items in ascending order.
            - `desc`: Return the input items in descending order.
        after: An item ID to list items after, used in pagination.
        include: Additional fields to include in the response. See the `include` parameter for Response creation
            above for more information.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[ResponseItemList]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
            response_id,
            limit=limit,
            order=order,
            after=after,
            include=include,
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
    response_id: str,
    *,
    limit: int | Omit = omit,
    order: ListInputItemsOrder | Omit = omit,
    after: str | Omit = omit,
    include: Iterable[IncludeEnum] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> ResponseItemList:
    """Returns a list of input items for a given response.

    Send ``GET /responses/{response_id}/input_items`` and return the parsed result.

    Args:
        response_id: The ID of the response to retrieve input items for.
        limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default
            is 20.
        order: The order to return the input items in. Default is `desc`.

            - `asc`: Return the input items in ascending order.
            - `desc`: Return the input items in descending order.
        after: An item ID to list items after, used in pagination.
        include: Additional fields to include in the response. See the `include` parameter for Response creation
            above for more information.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        ResponseItemList: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
                response_id,
                limit=limit,
                order=order,
                after=after,
                include=include,
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
    response_id: str,
    *,
    limit: int | Omit = omit,
    order: ListInputItemsOrder | Omit = omit,
    after: str | Omit = omit,
    include: Iterable[IncludeEnum] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[ResponseItemList]:
    """Returns a list of input items for a given response.

    Send ``GET /responses/{response_id}/input_items`` and return the parsed result with the response details.

    Args:
        response_id: The ID of the response to retrieve input items for.
        limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default
            is 20.
        order: The order to return the input items in. Default is `desc`.

            - `asc`: Return the input items in ascending order.
            - `desc`: Return the input items in descending order.
        after: An item ID to list items after, used in pagination.
        include: Additional fields to include in the response. See the `include` parameter for Response creation
            above for more information.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[ResponseItemList]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
            response_id,
            limit=limit,
            order=order,
            after=after,
            include=include,
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
    response_id: str,
    *,
    limit: int | Omit = omit,
    order: ListInputItemsOrder | Omit = omit,
    after: str | Omit = omit,
    include: Iterable[IncludeEnum] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> ResponseItemList:
    """Returns a list of input items for a given response.

    Send ``GET /responses/{response_id}/input_items`` and return the parsed result.

    Args:
        response_id: The ID of the response to retrieve input items for.
        limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default
            is 20.
        order: The order to return the input items in. Default is `desc`.

            - `asc`: Return the input items in ascending order.
            - `desc`: Return the input items in descending order.
        after: An item ID to list items after, used in pagination.
        include: Additional fields to include in the response. See the `include` parameter for Response creation
            above for more information.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        ResponseItemList: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
                response_id,
                limit=limit,
                order=order,
                after=after,
                include=include,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
