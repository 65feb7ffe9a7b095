# Generated from openapi.yaml by make generate; do not edit.
"""``POST /boxes/{box_id}/items/{item_id}``: the raw operation, in four flavours (sync, async, each
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
from ...models.circle import Circle
from ...models.item import Item
from ...models.square import Square
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
OPERATION = ("POST", "/boxes/{box_id}/items/{item_id}")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "label": {"type": "string"},
    "shape": {"oneOf": [{"$ref": "Circle"}, {"$ref": "Square"}]},
    "tags": {"type": "array", "items": {"type": "string"}},
}


def request_options(
    item_id: str,
    *,
    box_id: str,
    label: str,
    shape: Circle | Square | Mapping[str, Any] | Omit = omit,
    tags: SequenceNotStr[str] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``POST /boxes/{box_id}/items/{item_id}`` sends for these arguments."""
    tags = as_list(tags)
    check_arguments(
        _RULES,
        {
            "label": label,
            "shape": shape,
            "tags": tags,
        },
    )
    return RequestOptions(
        method="POST",
        url="/boxes/{box_id}/items/{item_id}".format(
            box_id=path_segment("box_id", box_id),
            item_id=path_segment("item_id", item_id),
        ),
        params=query_params({}, extra_query),
        json=json_body(
            {
                "label": label,
                "shape": shape,
                "tags": tags,
            },
            extra_body,
        ),
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> Item:
    """The Item in a 2xx response."""
    return Item.from_dict(parse_object(response))


def sync_detailed(
    client: Client,
    /,
    item_id: str,
    *,
    box_id: str,
    label: str,
    shape: Circle | Square | Mapping[str, Any] | Omit = omit,
    tags: SequenceNotStr[str] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[Item]:
    """Send ``POST /boxes/{box_id}/items/{item_id}`` and return the parsed result with the response details.

    Args:
        item_id: The ``item_id`` path parameter.
        box_id: The ``box_id`` path parameter.
        label: The ``label`` body parameter.
        shape: The ``shape`` body parameter.
        tags: The ``tags`` body parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[Item]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
            item_id,
            box_id=box_id,
            label=label,
            shape=shape,
            tags=tags,
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
    item_id: str,
    *,
    box_id: str,
    label: str,
    shape: Circle | Square | Mapping[str, Any] | Omit = omit,
    tags: SequenceNotStr[str] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Item:
    """Send ``POST /boxes/{box_id}/items/{item_id}`` and return the parsed result.

    Args:
        item_id: The ``item_id`` path parameter.
        box_id: The ``box_id`` path parameter.
        label: The ``label`` body parameter.
        shape: The ``shape`` body parameter.
        tags: The ``tags`` body parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Item: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
                item_id,
                box_id=box_id,
                label=label,
                shape=shape,
                tags=tags,
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
    item_id: str,
    *,
    box_id: str,
    label: str,
    shape: Circle | Square | Mapping[str, Any] | Omit = omit,
    tags: SequenceNotStr[str] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[Item]:
    """Send ``POST /boxes/{box_id}/items/{item_id}`` and return the parsed result with the response details.

    Args:
        item_id: The ``item_id`` path parameter.
        box_id: The ``box_id`` path parameter.
        label: The ``label`` body parameter.
        shape: The ``shape`` body parameter.
        tags: The ``tags`` body parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[Item]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
            item_id,
            box_id=box_id,
            label=label,
            shape=shape,
            tags=tags,
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
    item_id: str,
    *,
    box_id: str,
    label: str,
    shape: Circle | Square | Mapping[str, Any] | Omit = omit,
    tags: SequenceNotStr[str] | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Item:
    """Send ``POST /boxes/{box_id}/items/{item_id}`` and return the parsed result.

    Args:
        item_id: The ``item_id`` path parameter.
        box_id: The ``box_id`` path parameter.
        label: The ``label`` body parameter.
        shape: The ``shape`` body parameter.
        tags: The ``tags`` body parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Item: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
                item_id,
                box_id=box_id,
                label=label,
                shape=shape,
                tags=tags,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
