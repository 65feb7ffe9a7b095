# Generated from openapi.yaml by make generate; do not edit.
"""``POST /runs``: the raw operation, in four flavours (sync, async, each
with or without the response details)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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
from ...models.group import Group
from ...models.run import Run
from ...models.run_event import RunEvent, parse_run_event
from ...models.text_part import TextPart
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
OPERATION = ("POST", "/runs")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "input": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"$ref": "Part"}}]},
    "stream": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
}


def request_options(
    *,
    input: str | Iterable[TextPart | Group | Mapping[str, Any]],
    stream: bool | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``POST /runs`` sends for these arguments."""
    input = as_list(input)
    check_arguments(
        _RULES,
        {
            "input": input,
            "stream": stream,
        },
    )
    return RequestOptions(
        method="POST",
        url="/runs",
        params=query_params({}, extra_query),
        json=json_body(
            {
                "input": input,
                "stream": stream,
            },
            extra_body,
        ),
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> Run:
    """The Run in a 2xx response."""
    return Run.from_dict(parse_object(response))


def parse_event(data: Any) -> RunEvent:
    """One event of the ``text/event-stream`` answer (asked for with ``stream``), from its JSON."""
    return parse_run_event(data)


def sync_detailed(
    client: Client,
    /,
    *,
    input: str | Iterable[TextPart | Group | Mapping[str, Any]],
    stream: bool | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[Run]:
    """Send ``POST /runs`` and return the parsed result with the response details.

    Args:
        input: The ``input`` body parameter.
        stream: The ``stream`` body parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[Run]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
            input=input,
            stream=stream,
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
    input: str | Iterable[TextPart | Group | Mapping[str, Any]],
    stream: bool | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Run:
    """Send ``POST /runs`` and return the parsed result.

    Args:
        input: The ``input`` body parameter.
        stream: The ``stream`` body parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Run: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
                input=input,
                stream=stream,
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
    input: str | Iterable[TextPart | Group | Mapping[str, Any]],
    stream: bool | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[Run]:
    """Send ``POST /runs`` and return the parsed result with the response details.

    Args:
        input: The ``input`` body parameter.
        stream: The ``stream`` body parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[Run]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
            input=input,
            stream=stream,
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
    input: str | Iterable[TextPart | Group | Mapping[str, Any]],
    stream: bool | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Run:
    """Send ``POST /runs`` and return the parsed result.

    Args:
        input: The ``input`` body parameter.
        stream: The ``stream`` body parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Run: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
                input=input,
                stream=stream,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )
        )
    )
