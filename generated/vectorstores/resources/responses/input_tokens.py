# Generated from openapi.yaml by make generate; do not edit.
"""``client.responses.input_tokens``: count."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, ClassVar, Literal

import httpx2
from vectorstores_raw.api.default import getinputtokencounts as _getinputtokencounts
from vectorstores_raw.models.input_token_count_response import InputTokenCountResponse
from vectorstores_raw.types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, omit

from ..._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:  # the request types are for type checkers: importing them would slow every start
    from collections.abc import Iterable
    from typing import Literal

    from vectorstores.types.responses import input_token_count_params
    from vectorstores.types.responses.response_conversation_param_param import ResponseConversationParamParam
    from vectorstores.types.responses.response_input_item_param import ResponseInputItemParam
    from vectorstores.types.responses.response_text_config_param import ResponseTextConfigParam
    from vectorstores.types.responses.tool_param import ToolParam
    from vectorstores.types.shared_params.reasoning import Reasoning

__all__ = [
    "AsyncInputTokens",
    "AsyncInputTokensWithRawResponse",
    "AsyncInputTokensWithStreamingResponse",
    "InputTokens",
    "InputTokensWithRawResponse",
    "InputTokensWithStreamingResponse",
]


class InputTokens(SyncAPIResource):
    """``client.responses.input_tokens``."""

    # Method name -> raw operation module: how hand-written helpers reach an operation's
    # request checks without naming a generated module (an older document may lack it).
    _operations: ClassVar[Mapping[str, ModuleType]] = {
        "count": _getinputtokencounts,
    }

    @cached_property
    def with_raw_response(self) -> InputTokensWithRawResponse:
        """The same operations, each answering with the response rather than only its result."""
        return InputTokensWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InputTokensWithStreamingResponse:
        """The same operations as context managers that leave the body unread until asked."""
        return InputTokensWithStreamingResponse(self)

    def count(
        self,
        *,
        model: str | None | Omit = omit,
        input: str | Iterable[ResponseInputItemParam] | None | Omit = omit,
        previous_response_id: str | None | Omit = omit,
        tools: Iterable[ToolParam] | None | Omit = omit,
        text: ResponseTextConfigParam | None | Omit = omit,
        reasoning: Reasoning | None | Omit = omit,
        truncation: Literal["auto", "disabled"] | Omit = omit,
        instructions: str | None | Omit = omit,
        personality: str | Literal["friendly", "pragmatic"] | Omit = omit,
        conversation: ResponseConversationParamParam | str | None | Omit = omit,
        tool_choice: input_token_count_params.ToolChoice | Literal["auto", "none", "required"] | None | Omit = omit,
        parallel_tool_calls: bool | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InputTokenCountResponse:
        """Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

        Args:
            model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of
                models with different capabilities, performance characteristics, and price points. Refer to the [model
                guide](/docs/models) to browse and compare available models.
            input: Text, image, or file inputs to the model, used to generate a response
            previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
                conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
                conjunction with `conversation`.
            tools: An array of tools the model may call while generating a response. You can specify which tool to
                use by setting the `tool_choice` parameter.
            text: Configuration options for a text response from the model. Can be plain text or structured JSON
                data. Learn more:

                - [Text inputs and outputs](/docs/guides/text)
                - [Structured Outputs](/docs/guides/structured-outputs)
            reasoning: **gpt-5 and o-series models only** Configuration options for [reasoning
                models](https://platform.openai.com/docs/guides/reasoning).
            truncation: Deprecated. The truncation strategy to use for the model response. - `auto`: If the input to
                this Response exceeds the model's context window size, the model will truncate the response to fit the
                context window by dropping items from the beginning of the conversation. - `disabled` (default): If the
                input size will exceed the context window size for a model, the request will fail with a 400 error.
            instructions: A system (or developer) message inserted into the model's context. When used along with
                `previous_response_id`, the instructions from a previous response will not be carried over to the next
                response. This makes it simple to swap out system (or developer) messages in new responses.
            personality: A model-owned style preset to apply to this request. Omit this parameter to use the model's
                default style. Supported values may expand over time. Values must be at most 64 characters.
            conversation: The conversation that this response belongs to. Items from this conversation are prepended
                to `input_items` for this response request. Input items and output items from this response are
                automatically added to this conversation after this response completes.
            tool_choice: Controls which tool the model should use, if any.
            parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._send(
            _getinputtokencounts.request_options(
                model=model,
                input=input,
                previous_response_id=previous_response_id,
                tools=tools,
                text=text,
                reasoning=reasoning,
                truncation=truncation,
                instructions=instructions,
                personality=personality,
                conversation=conversation,
                tool_choice=tool_choice,
                parallel_tool_calls=parallel_tool_calls,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _getinputtokencounts.parse_response,
        )


class AsyncInputTokens(AsyncAPIResource):
    """``client.responses.input_tokens`` on the asyncio client."""

    # Method name -> raw operation module: how hand-written helpers reach an operation's
    # request checks without naming a generated module (an older document may lack it).
    _operations: ClassVar[Mapping[str, ModuleType]] = {
        "count": _getinputtokencounts,
    }

    @cached_property
    def with_raw_response(self) -> AsyncInputTokensWithRawResponse:
        """The same operations, each answering with the response rather than only its result."""
        return AsyncInputTokensWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInputTokensWithStreamingResponse:
        """The same operations as context managers that leave the body unread until asked."""
        return AsyncInputTokensWithStreamingResponse(self)

    async def count(
        self,
        *,
        model: str | None | Omit = omit,
        input: str | Iterable[ResponseInputItemParam] | None | Omit = omit,
        previous_response_id: str | None | Omit = omit,
        tools: Iterable[ToolParam] | None | Omit = omit,
        text: ResponseTextConfigParam | None | Omit = omit,
        reasoning: Reasoning | None | Omit = omit,
        truncation: Literal["auto", "disabled"] | Omit = omit,
        instructions: str | None | Omit = omit,
        personality: str | Literal["friendly", "pragmatic"] | Omit = omit,
        conversation: ResponseConversationParamParam | str | None | Omit = omit,
        tool_choice: input_token_count_params.ToolChoice | Literal["auto", "none", "required"] | None | Omit = omit,
        parallel_tool_calls: bool | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InputTokenCountResponse:
        """Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

        Args:
            model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of
                models with different capabilities, performance characteristics, and price points. Refer to the [model
                guide](/docs/models) to browse and compare available models.
            input: Text, image, or file inputs to the model, used to generate a response
            previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
                conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
                conjunction with `conversation`.
            tools: An array of tools the model may call while generating a response. You can specify which tool to
                use by setting the `tool_choice` parameter.
            text: Configuration options for a text response from the model. Can be plain text or structured JSON
                data. Learn more:

                - [Text inputs and outputs](/docs/guides/text)
                - [Structured Outputs](/docs/guides/structured-outputs)
            reasoning: **gpt-5 and o-series models only** Configuration options for [reasoning
                models](https://platform.openai.com/docs/guides/reasoning).
            truncation: Deprecated. The truncation strategy to use for the model response. - `auto`: If the input to
                this Response exceeds the model's context window size, the model will truncate the response to fit the
                context window by dropping items from the beginning of the conversation. - `disabled` (default): If the
                input size will exceed the context window size for a model, the request will fail with a 400 error.
            instructions: A system (or developer) message inserted into the model's context. When used along with
                `previous_response_id`, the instructions from a previous response will not be carried over to the next
                response. This makes it simple to swap out system (or developer) messages in new responses.
            personality: A model-owned style preset to apply to this request. Omit this parameter to use the model's
                default style. Supported values may expand over time. Values must be at most 64 characters.
            conversation: The conversation that this response belongs to. Items from this conversation are prepended
                to `input_items` for this response request. Input items and output items from this response are
                automatically added to this conversation after this response completes.
            tool_choice: Controls which tool the model should use, if any.
            parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return await self._send(
            _getinputtokencounts.request_options(
                model=model,
                input=input,
                previous_response_id=previous_response_id,
                tools=tools,
                text=text,
                reasoning=reasoning,
                truncation=truncation,
                instructions=instructions,
                personality=personality,
                conversation=conversation,
                tool_choice=tool_choice,
                parallel_tool_calls=parallel_tool_calls,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _getinputtokencounts.parse_response,
        )


class InputTokensWithRawResponse:
    """``client.responses.input_tokens.with_raw_response``: each operation answers with the response (``.parse()`` for the result)."""

    def __init__(self, input_tokens: InputTokens) -> None:
        self._input_tokens = input_tokens
        self.count = to_raw_response_wrapper(input_tokens.count)


class AsyncInputTokensWithRawResponse:
    """``client.responses.input_tokens.with_raw_response``: each operation answers with the response (``.parse()`` for the result)."""

    def __init__(self, input_tokens: AsyncInputTokens) -> None:
        self._input_tokens = input_tokens
        self.count = async_to_raw_response_wrapper(input_tokens.count)


class InputTokensWithStreamingResponse:
    """``client.responses.input_tokens.with_streaming_response``: each operation as a context manager around the response, its body read when asked."""

    def __init__(self, input_tokens: InputTokens) -> None:
        self._input_tokens = input_tokens
        self.count = to_streamed_response_wrapper(input_tokens.count)


class AsyncInputTokensWithStreamingResponse:
    """``client.responses.input_tokens.with_streaming_response``: each operation as a context manager around the response, its body read when asked."""

    def __init__(self, input_tokens: AsyncInputTokens) -> None:
        self._input_tokens = input_tokens
        self.count = async_to_streamed_response_wrapper(input_tokens.count)
