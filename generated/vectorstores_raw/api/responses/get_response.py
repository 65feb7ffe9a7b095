# Generated from openapi.yaml by make generate; do not edit.
"""``GET /responses/{response_id}``: the raw operation, in four flavours (sync, async, each
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
from ...models.response import Response
from ...models.response_stream_event import ResponseStreamEvent, parse_response_stream_event
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
OPERATION = ("GET", "/responses/{response_id}")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "include": {"type": "array", "items": {"$ref": "IncludeEnum"}},
    "stream": {"type": "boolean"},
    "starting_after": {"type": "integer"},
    "include_obfuscation": {"type": "boolean"},
}


def request_options(
    response_id: str,
    *,
    include: Iterable[IncludeEnum] | Omit = omit,
    stream: bool | Omit = omit,
    starting_after: int | Omit = omit,
    include_obfuscation: bool | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``GET /responses/{response_id}`` sends for these arguments."""
    include = as_list(include)
    check_arguments(
        _RULES,
        {
            "include": include,
            "stream": stream,
            "starting_after": starting_after,
            "include_obfuscation": include_obfuscation,
        },
    )
    return RequestOptions(
        method="GET",
        url="/responses/{response_id}".format(
            response_id=path_segment("response_id", response_id),
        ),
        params=query_params(
            {
                "include": include,
                "stream": stream,
                "starting_after": starting_after,
                "include_obfuscation": include_obfuscation,
            },
            extra_query,
        ),
        json=json_body({}, extra_body) or None,  # no body unless extra_body has keys
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> Response:
    """The Response in a 2xx response."""
    return Response.from_dict(parse_object(response))


def parse_event(data: Any) -> ResponseStreamEvent:
    """One event of the ``text/event-stream`` answer (asked for with ``stream``), from its JSON."""
    return parse_response_stream_event(data)


def sync_detailed(
    client: Client,
    /,
    response_id: str,
    *,
    include: Iterable[IncludeEnum] | Omit = omit,
    stream: bool | Omit = omit,
    starting_after: int | Omit = omit,
    include_obfuscation: bool | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[Response]:
    """Retrieves a model response with the given ID.

    Send ``GET /responses/{response_id}`` and return the parsed result with the response details.

    Args:
        response_id: The ID of the response to retrieve.
        include: Additional fields to include in the response. See the `include` parameter for Response creation
            above for more information.
        stream: If set to true, the model response data will be streamed to the client as it is generated using
            [server-sent
            events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
        starting_after: The sequence number of the event after which to start streaming.
        include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds random
            characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to
            certain side-channel attacks. These obfuscation fields are included by default, but add a small amount of
            overhead to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you
            trust the network links between your application and the OpenAI API.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[Response]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
            response_id,
            include=include,
            stream=stream,
            starting_after=starting_after,
            include_obfuscation=include_obfuscation,
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
    include: Iterable[IncludeEnum] | Omit = omit,
    stream: bool | Omit = omit,
    starting_after: int | Omit = omit,
    include_obfuscation: bool | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response:
    """Retrieves a model response with the given ID.

    Send ``GET /responses/{response_id}`` and return the parsed result.

    Args:
        response_id: The ID of the response to retrieve.
        include: Additional fields to include in the response. See the `include` parameter for Response creation
            above for more information.
        stream: If set to true, the model response data will be streamed to the client as it is generated using
            [server-sent
            events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
        starting_after: The sequence number of the event after which to start streaming.
        include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds random
            characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to
            certain side-channel attacks. These obfuscation fields are included by default, but add a small amount of
            overhead to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you
            trust the network links between your application and the OpenAI API.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
                response_id,
                include=include,
                stream=stream,
                starting_after=starting_after,
                include_obfuscation=include_obfuscation,
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
    include: Iterable[IncludeEnum] | Omit = omit,
    stream: bool | Omit = omit,
    starting_after: int | Omit = omit,
    include_obfuscation: bool | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[Response]:
    """Retrieves a model response with the given ID.

    Send ``GET /responses/{response_id}`` and return the parsed result with the response details.

    Args:
        response_id: The ID of the response to retrieve.
        include: Additional fields to include in the response. See the `include` parameter for Response creation
            above for more information.
        stream: If set to true, the model response data will be streamed to the client as it is generated using
            [server-sent
            events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
        starting_after: The sequence number of the event after which to start streaming.
        include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds random
            characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to
            certain side-channel attacks. These obfuscation fields are included by default, but add a small amount of
            overhead to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you
            trust the network links between your application and the OpenAI API.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[Response]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
            response_id,
            include=include,
            stream=stream,
            starting_after=starting_after,
            include_obfuscation=include_obfuscation,
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
    include: Iterable[IncludeEnum] | Omit = omit,
    stream: bool | Omit = omit,
    starting_after: int | Omit = omit,
    include_obfuscation: bool | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response:
    """Retrieves a model response with the given ID.

    Send ``GET /responses/{response_id}`` and return the parsed result.

    Args:
        response_id: The ID of the response to retrieve.
        include: Additional fields to include in the response. See the `include` parameter for Response creation
            above for more information.
        stream: If set to true, the model response data will be streamed to the client as it is generated using
            [server-sent
            events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
        starting_after: The sequence number of the event after which to start streaming.
        include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds random
            characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to
            certain side-channel attacks. These obfuscation fields are included by default, but add a small amount of
            overhead to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you
            trust the network links between your application and the OpenAI API.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
                response_id,
                include=include,
                stream=stream,
                starting_after=starting_after,
                include_obfuscation=include_obfuscation,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
