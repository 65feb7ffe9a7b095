# Generated from openapi.yaml by make generate; do not edit.
"""``client.responses.input_items``: list."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, ClassVar, Literal

import httpx2
from vectorstores_raw.api.responses import list_input_items as _list_input_items
from vectorstores_raw.models.response_item import ResponseItem
from vectorstores_raw.types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, omit

from ..._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage

if TYPE_CHECKING:  # the request types are for type checkers: importing them would slow every start
    from collections.abc import Iterable
    from typing import Literal

__all__ = [
    "AsyncInputItems",
    "AsyncInputItemsWithRawResponse",
    "AsyncInputItemsWithStreamingResponse",
    "InputItems",
    "InputItemsWithRawResponse",
    "InputItemsWithStreamingResponse",
]


class InputItems(SyncAPIResource):
    """``client.responses.input_items``."""

    # Method name -> raw operation module: how hand-written helpers reach an operation's
    # request checks without naming a generated module (an older document may lack it).
    _operations: ClassVar[Mapping[str, ModuleType]] = {
        "list": _list_input_items,
    }

    @cached_property
    def with_raw_response(self) -> InputItemsWithRawResponse:
        """The same operations, each answering with the response rather than only its result."""
        return InputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InputItemsWithStreamingResponse:
        """The same operations as context managers that leave the body unread until asked."""
        return InputItemsWithStreamingResponse(self)

    def list(
        self,
        response_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        include: Iterable[
            Literal[
                "code_interpreter_call.outputs",
                "computer_call_output.output.image_url",
                "file_search_call.results",
                "message.input_image.image_url",
                "message.output_text.logprobs",
                "reasoning.encrypted_content",
                "web_search_call.action.sources",
                "web_search_call.results",
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ResponseItem]:
        """Returns a list of input items for a given response.

        Args:
            response_id: The ID of the response to retrieve input items for.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the
                default is 20.
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
        """
        return self._list(
            _list_input_items.request_options,
            {
                "response_id": response_id,
                "limit": limit,
                "order": order,
                "after": after,
                "include": include,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            },
            _list_input_items.parse_response,
            SyncCursorPage[ResponseItem],
        )


class AsyncInputItems(AsyncAPIResource):
    """``client.responses.input_items`` on the asyncio client."""

    # Method name -> raw operation module: how hand-written helpers reach an operation's
    # request checks without naming a generated module (an older document may lack it).
    _operations: ClassVar[Mapping[str, ModuleType]] = {
        "list": _list_input_items,
    }

    @cached_property
    def with_raw_response(self) -> AsyncInputItemsWithRawResponse:
        """The same operations, each answering with the response rather than only its result."""
        return AsyncInputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInputItemsWithStreamingResponse:
        """The same operations as context managers that leave the body unread until asked."""
        return AsyncInputItemsWithStreamingResponse(self)

    def list(
        self,
        response_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        include: Iterable[
            Literal[
                "code_interpreter_call.outputs",
                "computer_call_output.output.image_url",
                "file_search_call.results",
                "message.input_image.image_url",
                "message.output_text.logprobs",
                "reasoning.encrypted_content",
                "web_search_call.action.sources",
                "web_search_call.results",
            ]
        ]
        | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ResponseItem, AsyncCursorPage[ResponseItem]]:
        """Returns a list of input items for a given response.

        Args:
            response_id: The ID of the response to retrieve input items for.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the
                default is 20.
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
        """
        return self._list(
            _list_input_items.request_options,
            {
                "response_id": response_id,
                "limit": limit,
                "order": order,
                "after": after,
                "include": include,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            },
            _list_input_items.parse_response,
            AsyncCursorPage[ResponseItem],
        )


class InputItemsWithRawResponse:
    """``client.responses.input_items.with_raw_response``: each operation answers with the response (``.parse()`` for the result)."""

    def __init__(self, input_items: InputItems) -> None:
        self._input_items = input_items
        self.list = to_raw_response_wrapper(input_items.list)


class AsyncInputItemsWithRawResponse:
    """``client.responses.input_items.with_raw_response``: each operation answers with the response (``.parse()`` for the result)."""

    def __init__(self, input_items: AsyncInputItems) -> None:
        self._input_items = input_items
        self.list = async_to_raw_response_wrapper(input_items.list)


class InputItemsWithStreamingResponse:
    """``client.responses.input_items.with_streaming_response``: each operation as a context manager around the response, its body read when asked."""

    def __init__(self, input_items: InputItems) -> None:
        self._input_items = input_items
        self.list = to_streamed_response_wrapper(input_items.list)


class AsyncInputItemsWithStreamingResponse:
    """``client.responses.input_items.with_streaming_response``: each operation as a context manager around the response, its body read when asked."""

    def __init__(self, input_items: AsyncInputItems) -> None:
        self._input_items = input_items
        self.list = async_to_streamed_response_wrapper(input_items.list)
