# Generated from openapi.yaml by make generate; do not edit.
"""``client.responses``: create, retrieve, delete, cancel, compact."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, ClassVar, Literal, overload

import httpx2
from vectorstores.lib.responses import AsyncResponsesHelpers, ResponsesHelpers
from vectorstores_raw.api.default import compactconversation as _compactconversation
from vectorstores_raw.api.responses import cancel_response as _cancel_response
from vectorstores_raw.api.responses import create_response as _create_response
from vectorstores_raw.api.responses import delete_response as _delete_response
from vectorstores_raw.api.responses import get_response as _get_response
from vectorstores_raw.models.response import Response
from vectorstores_raw.models.response_stream_event import ResponseStreamEvent
from vectorstores_raw.models.the_compacted_response_object import TheCompactedResponseObject
from vectorstores_raw.types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, omit

from ..._resource import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._streaming import AsyncStream, Stream

if TYPE_CHECKING:  # the request types are for type checkers: importing them would slow every start
    from collections.abc import Iterable
    from typing import Literal

    from vectorstores.types.responses import response_compact_params, response_create_params
    from vectorstores.types.responses.response_input_item_param import ResponseInputItemParam
    from vectorstores.types.responses.tool_param import ToolParam
    from vectorstores.types.shared_params.reasoning import Reasoning
if TYPE_CHECKING:  # imported on first use: most programs touch only some resources
    from .input_items import (
        AsyncInputItems,
        AsyncInputItemsWithRawResponse,
        AsyncInputItemsWithStreamingResponse,
        InputItems,
        InputItemsWithRawResponse,
        InputItemsWithStreamingResponse,
    )
    from .input_tokens import (
        AsyncInputTokens,
        AsyncInputTokensWithRawResponse,
        AsyncInputTokensWithStreamingResponse,
        InputTokens,
        InputTokensWithRawResponse,
        InputTokensWithStreamingResponse,
    )

__all__ = [
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "AsyncResponsesWithStreamingResponse",
    "Responses",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
]


class Responses(ResponsesHelpers):
    """``client.responses``."""

    # Method name -> raw operation module: how hand-written helpers reach an operation's
    # request checks without naming a generated module (an older document may lack it).
    _operations: ClassVar[Mapping[str, ModuleType]] = {
        "create": _create_response,
        "retrieve": _get_response,
        "delete": _delete_response,
        "cancel": _cancel_response,
        "compact": _compactconversation,
    }

    @cached_property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        """The same operations, each answering with the response rather than only its result."""
        return ResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ResponsesWithStreamingResponse:
        """The same operations as context managers that leave the body unread until asked."""
        return ResponsesWithStreamingResponse(self)

    @cached_property
    def input_items(self) -> InputItems:
        from .input_items import InputItems

        return InputItems(self._client)

    @cached_property
    def input_tokens(self) -> InputTokens:
        from .input_tokens import InputTokens

        return InputTokens(self._client)

    @overload
    def create(
        self,
        *,
        metadata: dict[str, str] | None | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        user: str | None | Omit = omit,
        safety_identifier: str | None | Omit = omit,
        prompt_cache_key: str | None | Omit = omit,
        prompt_cache_retention: Literal["24h", "in_memory"] | None | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: str | None | Omit = omit,
        model: str
        | Literal[
            "chatgpt-4o-latest",
            "codex-mini-latest",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0301",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-audio-preview",
            "gpt-4o-audio-preview-2024-10-01",
            "gpt-4o-audio-preview-2024-12-17",
            "gpt-4o-audio-preview-2025-06-03",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4o-mini-audio-preview",
            "gpt-4o-mini-audio-preview-2024-12-17",
            "gpt-4o-mini-search-preview",
            "gpt-4o-mini-search-preview-2025-03-11",
            "gpt-4o-search-preview",
            "gpt-4o-search-preview-2025-03-11",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-chat-latest",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "gpt-5.1",
            "gpt-5.1-2025-11-13",
            "gpt-5.1-chat-latest",
            "gpt-5.1-codex",
            "gpt-5.1-mini",
            "gpt-5.2",
            "gpt-5.2-2025-12-11",
            "gpt-5.2-chat-latest",
            "gpt-5.2-pro",
            "gpt-5.2-pro-2025-12-11",
            "gpt-5.3-chat-latest",
            "gpt-5.4",
            "gpt-5.4-mini",
            "gpt-5.4-mini-2026-03-17",
            "gpt-5.4-nano",
            "gpt-5.4-nano-2026-03-17",
            "gpt-5.5",
            "gpt-5.5-2026-04-23",
            "gpt-5.6-luna",
            "gpt-5.6-sol",
            "gpt-5.6-terra",
            "o1",
            "o1-2024-12-17",
            "o1-mini",
            "o1-mini-2024-09-12",
            "o1-preview",
            "o1-preview-2024-09-12",
            "o3",
            "o3-2025-04-16",
            "o3-mini",
            "o3-mini-2025-01-31",
            "o4-mini",
            "o4-mini-2025-04-16",
        ]
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
        | Omit = omit,
        background: bool | None | Omit = omit,
        max_tool_calls: int | None | Omit = omit,
        text: response_create_params.Text | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: response_create_params.Prompt | None | Omit = omit,
        service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"] | None | Omit = omit,
        truncation: Literal["auto", "disabled"] | None | Omit = omit,
        reasoning: Reasoning | None | Omit = omit,
        input: str | Iterable[ResponseInputItemParam] | Omit = omit,
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
        | None
        | Omit = omit,
        parallel_tool_calls: bool | None | Omit = omit,
        store: bool | None | Omit = omit,
        instructions: str | None | Omit = omit,
        moderation: response_create_params.Moderation | None | Omit = omit,
        stream: Literal[False] | None | Omit = omit,
        stream_options: response_create_params.StreamOptions | None | Omit = omit,
        conversation: response_create_params.Conversation | str | None | Omit = omit,
        context_management: Iterable[response_create_params.ContextManagement] | None | Omit = omit,
        max_output_tokens: int | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response: ...

    @overload
    def create(
        self,
        *,
        metadata: dict[str, str] | None | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        user: str | None | Omit = omit,
        safety_identifier: str | None | Omit = omit,
        prompt_cache_key: str | None | Omit = omit,
        prompt_cache_retention: Literal["24h", "in_memory"] | None | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: str | None | Omit = omit,
        model: str
        | Literal[
            "chatgpt-4o-latest",
            "codex-mini-latest",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0301",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-audio-preview",
            "gpt-4o-audio-preview-2024-10-01",
            "gpt-4o-audio-preview-2024-12-17",
            "gpt-4o-audio-preview-2025-06-03",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4o-mini-audio-preview",
            "gpt-4o-mini-audio-preview-2024-12-17",
            "gpt-4o-mini-search-preview",
            "gpt-4o-mini-search-preview-2025-03-11",
            "gpt-4o-search-preview",
            "gpt-4o-search-preview-2025-03-11",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-chat-latest",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "gpt-5.1",
            "gpt-5.1-2025-11-13",
            "gpt-5.1-chat-latest",
            "gpt-5.1-codex",
            "gpt-5.1-mini",
            "gpt-5.2",
            "gpt-5.2-2025-12-11",
            "gpt-5.2-chat-latest",
            "gpt-5.2-pro",
            "gpt-5.2-pro-2025-12-11",
            "gpt-5.3-chat-latest",
            "gpt-5.4",
            "gpt-5.4-mini",
            "gpt-5.4-mini-2026-03-17",
            "gpt-5.4-nano",
            "gpt-5.4-nano-2026-03-17",
            "gpt-5.5",
            "gpt-5.5-2026-04-23",
            "gpt-5.6-luna",
            "gpt-5.6-sol",
            "gpt-5.6-terra",
            "o1",
            "o1-2024-12-17",
            "o1-mini",
            "o1-mini-2024-09-12",
            "o1-preview",
            "o1-preview-2024-09-12",
            "o3",
            "o3-2025-04-16",
            "o3-mini",
            "o3-mini-2025-01-31",
            "o4-mini",
            "o4-mini-2025-04-16",
        ]
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
        | Omit = omit,
        background: bool | None | Omit = omit,
        max_tool_calls: int | None | Omit = omit,
        text: response_create_params.Text | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: response_create_params.Prompt | None | Omit = omit,
        service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"] | None | Omit = omit,
        truncation: Literal["auto", "disabled"] | None | Omit = omit,
        reasoning: Reasoning | None | Omit = omit,
        input: str | Iterable[ResponseInputItemParam] | Omit = omit,
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
        | None
        | Omit = omit,
        parallel_tool_calls: bool | None | Omit = omit,
        store: bool | None | Omit = omit,
        instructions: str | None | Omit = omit,
        moderation: response_create_params.Moderation | None | Omit = omit,
        stream: Literal[True],
        stream_options: response_create_params.StreamOptions | None | Omit = omit,
        conversation: response_create_params.Conversation | str | None | Omit = omit,
        context_management: Iterable[response_create_params.ContextManagement] | None | Omit = omit,
        max_output_tokens: int | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[ResponseStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        metadata: dict[str, str] | None | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        user: str | None | Omit = omit,
        safety_identifier: str | None | Omit = omit,
        prompt_cache_key: str | None | Omit = omit,
        prompt_cache_retention: Literal["24h", "in_memory"] | None | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: str | None | Omit = omit,
        model: str
        | Literal[
            "chatgpt-4o-latest",
            "codex-mini-latest",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0301",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-audio-preview",
            "gpt-4o-audio-preview-2024-10-01",
            "gpt-4o-audio-preview-2024-12-17",
            "gpt-4o-audio-preview-2025-06-03",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4o-mini-audio-preview",
            "gpt-4o-mini-audio-preview-2024-12-17",
            "gpt-4o-mini-search-preview",
            "gpt-4o-mini-search-preview-2025-03-11",
            "gpt-4o-search-preview",
            "gpt-4o-search-preview-2025-03-11",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-chat-latest",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "gpt-5.1",
            "gpt-5.1-2025-11-13",
            "gpt-5.1-chat-latest",
            "gpt-5.1-codex",
            "gpt-5.1-mini",
            "gpt-5.2",
            "gpt-5.2-2025-12-11",
            "gpt-5.2-chat-latest",
            "gpt-5.2-pro",
            "gpt-5.2-pro-2025-12-11",
            "gpt-5.3-chat-latest",
            "gpt-5.4",
            "gpt-5.4-mini",
            "gpt-5.4-mini-2026-03-17",
            "gpt-5.4-nano",
            "gpt-5.4-nano-2026-03-17",
            "gpt-5.5",
            "gpt-5.5-2026-04-23",
            "gpt-5.6-luna",
            "gpt-5.6-sol",
            "gpt-5.6-terra",
            "o1",
            "o1-2024-12-17",
            "o1-mini",
            "o1-mini-2024-09-12",
            "o1-preview",
            "o1-preview-2024-09-12",
            "o3",
            "o3-2025-04-16",
            "o3-mini",
            "o3-mini-2025-01-31",
            "o4-mini",
            "o4-mini-2025-04-16",
        ]
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
        | Omit = omit,
        background: bool | None | Omit = omit,
        max_tool_calls: int | None | Omit = omit,
        text: response_create_params.Text | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: response_create_params.Prompt | None | Omit = omit,
        service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"] | None | Omit = omit,
        truncation: Literal["auto", "disabled"] | None | Omit = omit,
        reasoning: Reasoning | None | Omit = omit,
        input: str | Iterable[ResponseInputItemParam] | Omit = omit,
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
        | None
        | Omit = omit,
        parallel_tool_calls: bool | None | Omit = omit,
        store: bool | None | Omit = omit,
        instructions: str | None | Omit = omit,
        moderation: response_create_params.Moderation | None | Omit = omit,
        stream: bool | None | Omit = omit,
        stream_options: response_create_params.StreamOptions | None | Omit = omit,
        conversation: response_create_params.Conversation | str | None | Omit = omit,
        context_management: Iterable[response_create_params.ContextManagement] | None | Omit = omit,
        max_output_tokens: int | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response | Stream[ResponseStreamEvent]: ...

    def create(
        self,
        *,
        metadata: dict[str, str] | None | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        user: str | None | Omit = omit,
        safety_identifier: str | None | Omit = omit,
        prompt_cache_key: str | None | Omit = omit,
        prompt_cache_retention: Literal["24h", "in_memory"] | None | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: str | None | Omit = omit,
        model: str
        | Literal[
            "chatgpt-4o-latest",
            "codex-mini-latest",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0301",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-audio-preview",
            "gpt-4o-audio-preview-2024-10-01",
            "gpt-4o-audio-preview-2024-12-17",
            "gpt-4o-audio-preview-2025-06-03",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4o-mini-audio-preview",
            "gpt-4o-mini-audio-preview-2024-12-17",
            "gpt-4o-mini-search-preview",
            "gpt-4o-mini-search-preview-2025-03-11",
            "gpt-4o-search-preview",
            "gpt-4o-search-preview-2025-03-11",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-chat-latest",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "gpt-5.1",
            "gpt-5.1-2025-11-13",
            "gpt-5.1-chat-latest",
            "gpt-5.1-codex",
            "gpt-5.1-mini",
            "gpt-5.2",
            "gpt-5.2-2025-12-11",
            "gpt-5.2-chat-latest",
            "gpt-5.2-pro",
            "gpt-5.2-pro-2025-12-11",
            "gpt-5.3-chat-latest",
            "gpt-5.4",
            "gpt-5.4-mini",
            "gpt-5.4-mini-2026-03-17",
            "gpt-5.4-nano",
            "gpt-5.4-nano-2026-03-17",
            "gpt-5.5",
            "gpt-5.5-2026-04-23",
            "gpt-5.6-luna",
            "gpt-5.6-sol",
            "gpt-5.6-terra",
            "o1",
            "o1-2024-12-17",
            "o1-mini",
            "o1-mini-2024-09-12",
            "o1-preview",
            "o1-preview-2024-09-12",
            "o3",
            "o3-2025-04-16",
            "o3-mini",
            "o3-mini-2025-01-31",
            "o4-mini",
            "o4-mini-2025-04-16",
        ]
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
        | Omit = omit,
        background: bool | None | Omit = omit,
        max_tool_calls: int | None | Omit = omit,
        text: response_create_params.Text | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: response_create_params.Prompt | None | Omit = omit,
        service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"] | None | Omit = omit,
        truncation: Literal["auto", "disabled"] | None | Omit = omit,
        reasoning: Reasoning | None | Omit = omit,
        input: str | Iterable[ResponseInputItemParam] | Omit = omit,
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
        | None
        | Omit = omit,
        parallel_tool_calls: bool | None | Omit = omit,
        store: bool | None | Omit = omit,
        instructions: str | None | Omit = omit,
        moderation: response_create_params.Moderation | None | Omit = omit,
        stream: bool | None | Omit = omit,
        stream_options: response_create_params.StreamOptions | None | Omit = omit,
        conversation: response_create_params.Conversation | str | None | Omit = omit,
        context_management: Iterable[response_create_params.ContextManagement] | None | Omit = omit,
        max_output_tokens: int | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response | Stream[ResponseStreamEvent]:
        """Send ``POST /responses``.

        Args:
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
                additional information about the object in a structured format, and querying for objects via API or the
                dashboard.

                Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
                characters.
            top_logprobs: The ``top_logprobs`` body parameter.
            temperature: The ``temperature`` body parameter.
            top_p: The ``top_p`` body parameter.
            user: Deprecated.
            safety_identifier: The ``safety_identifier`` body parameter.
            prompt_cache_key: The ``prompt_cache_key`` body parameter.
            prompt_cache_retention: Deprecated.
            prompt_cache_options: The ``prompt_cache_options`` body parameter.
            previous_response_id: The ``previous_response_id`` body parameter.
            model: The ``model`` body parameter.
            background: The ``background`` body parameter.
            max_tool_calls: The ``max_tool_calls`` body parameter.
            text: The ``text`` body parameter.
            tools: The ``tools`` body parameter.
            tool_choice: The ``tool_choice`` body parameter.
            prompt: The ``prompt`` body parameter.
            service_tier: The ``service_tier`` body parameter.
            truncation: Deprecated.
            reasoning: The ``reasoning`` body parameter.
            input: The ``input`` body parameter.
            include: The ``include`` body parameter.
            parallel_tool_calls: The ``parallel_tool_calls`` body parameter.
            store: The ``store`` body parameter.
            instructions: The ``instructions`` body parameter.
            moderation: The ``moderation`` body parameter.
            stream: The ``stream`` body parameter.
            stream_options: The ``stream_options`` body parameter.
            conversation: The ``conversation`` body parameter.
            context_management: The ``context_management`` body parameter.
            max_output_tokens: The ``max_output_tokens`` body parameter.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        if stream:  # the answer is text/event-stream: one typed event at a time
            return self._send_stream(
                _create_response.request_options(
                    metadata=metadata,
                    top_logprobs=top_logprobs,
                    temperature=temperature,
                    top_p=top_p,
                    user=user,
                    safety_identifier=safety_identifier,
                    prompt_cache_key=prompt_cache_key,
                    prompt_cache_retention=prompt_cache_retention,
                    prompt_cache_options=prompt_cache_options,
                    previous_response_id=previous_response_id,
                    model=model,
                    background=background,
                    max_tool_calls=max_tool_calls,
                    text=text,
                    tools=tools,
                    tool_choice=tool_choice,
                    prompt=prompt,
                    service_tier=service_tier,
                    truncation=truncation,
                    reasoning=reasoning,
                    input=input,
                    include=include,
                    parallel_tool_calls=parallel_tool_calls,
                    store=store,
                    instructions=instructions,
                    moderation=moderation,
                    stream=stream,
                    stream_options=stream_options,
                    conversation=conversation,
                    context_management=context_management,
                    max_output_tokens=max_output_tokens,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                _create_response.parse_event,
            )
        return self._send(
            _create_response.request_options(
                metadata=metadata,
                top_logprobs=top_logprobs,
                temperature=temperature,
                top_p=top_p,
                user=user,
                safety_identifier=safety_identifier,
                prompt_cache_key=prompt_cache_key,
                prompt_cache_retention=prompt_cache_retention,
                prompt_cache_options=prompt_cache_options,
                previous_response_id=previous_response_id,
                model=model,
                background=background,
                max_tool_calls=max_tool_calls,
                text=text,
                tools=tools,
                tool_choice=tool_choice,
                prompt=prompt,
                service_tier=service_tier,
                truncation=truncation,
                reasoning=reasoning,
                input=input,
                include=include,
                parallel_tool_calls=parallel_tool_calls,
                store=store,
                instructions=instructions,
                moderation=moderation,
                stream=stream,
                stream_options=stream_options,
                conversation=conversation,
                context_management=context_management,
                max_output_tokens=max_output_tokens,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _create_response.parse_response,
        )

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
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
        stream: Literal[False] | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response: ...

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
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
        stream: Literal[True],
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[ResponseStreamEvent]: ...

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
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
        stream: bool | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response | Stream[ResponseStreamEvent]: ...

    def retrieve(
        self,
        response_id: str,
        *,
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
        stream: bool | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response | Stream[ResponseStreamEvent]:
        """Send ``GET /responses/{response_id}``.

        Args:
            response_id: The ``response_id`` path parameter.
            include: The ``include`` query parameter.
            stream: The ``stream`` query parameter.
            starting_after: The ``starting_after`` query parameter.
            include_obfuscation: The ``include_obfuscation`` query parameter.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        if stream:  # the answer is text/event-stream: one typed event at a time
            return self._send_stream(
                _get_response.request_options(
                    response_id,
                    include=include,
                    stream=stream,
                    starting_after=starting_after,
                    include_obfuscation=include_obfuscation,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                _get_response.parse_event,
            )
        return self._send(
            _get_response.request_options(
                response_id,
                include=include,
                stream=stream,
                starting_after=starting_after,
                include_obfuscation=include_obfuscation,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _get_response.parse_response,
        )

    def delete(
        self,
        response_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Send ``DELETE /responses/{response_id}``.

        Args:
            response_id: The ``response_id`` path parameter.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._send(
            _delete_response.request_options(
                response_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _delete_response.parse_response,
        )

    def cancel(
        self,
        response_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response:
        """Send ``POST /responses/{response_id}/cancel``.

        Args:
            response_id: The ``response_id`` path parameter.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._send(
            _cancel_response.request_options(
                response_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _cancel_response.parse_response,
        )

    def compact(
        self,
        *,
        model: str
        | Literal[
            "chatgpt-4o-latest",
            "codex-mini-latest",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0301",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-audio-preview",
            "gpt-4o-audio-preview-2024-10-01",
            "gpt-4o-audio-preview-2024-12-17",
            "gpt-4o-audio-preview-2025-06-03",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4o-mini-audio-preview",
            "gpt-4o-mini-audio-preview-2024-12-17",
            "gpt-4o-mini-search-preview",
            "gpt-4o-mini-search-preview-2025-03-11",
            "gpt-4o-search-preview",
            "gpt-4o-search-preview-2025-03-11",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-chat-latest",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "gpt-5.1",
            "gpt-5.1-2025-11-13",
            "gpt-5.1-chat-latest",
            "gpt-5.1-codex",
            "gpt-5.1-mini",
            "gpt-5.2",
            "gpt-5.2-2025-12-11",
            "gpt-5.2-chat-latest",
            "gpt-5.2-pro",
            "gpt-5.2-pro-2025-12-11",
            "gpt-5.3-chat-latest",
            "gpt-5.4",
            "gpt-5.4-mini",
            "gpt-5.4-mini-2026-03-17",
            "gpt-5.4-nano",
            "gpt-5.4-nano-2026-03-17",
            "gpt-5.5",
            "gpt-5.5-2026-04-23",
            "gpt-5.6-luna",
            "gpt-5.6-sol",
            "gpt-5.6-terra",
            "o1",
            "o1-2024-12-17",
            "o1-mini",
            "o1-mini-2024-09-12",
            "o1-preview",
            "o1-preview-2024-09-12",
            "o3",
            "o3-2025-04-16",
            "o3-mini",
            "o3-mini-2025-01-31",
            "o4-mini",
            "o4-mini-2025-04-16",
        ]
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
        | None,
        input: str | Iterable[ResponseInputItemParam] | None | Omit = omit,
        previous_response_id: str | None | Omit = omit,
        instructions: str | None | Omit = omit,
        prompt_cache_key: str | None | Omit = omit,
        prompt_cache_retention: Literal["24h", "in_memory"] | None | Omit = omit,
        prompt_cache_options: response_compact_params.PromptCacheOptions | None | Omit = omit,
        service_tier: Literal["auto", "default", "fast", "flex", "priority"] | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TheCompactedResponseObject:
        """Send ``POST /responses/compact``.

        Args:
            model: The ``model`` body parameter.
            input: The ``input`` body parameter.
            previous_response_id: The ``previous_response_id`` body parameter.
            instructions: The ``instructions`` body parameter.
            prompt_cache_key: The ``prompt_cache_key`` body parameter.
            prompt_cache_retention: The ``prompt_cache_retention`` body parameter.
            prompt_cache_options: The ``prompt_cache_options`` body parameter.
            service_tier: The ``service_tier`` body parameter.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._send(
            _compactconversation.request_options(
                model=model,
                input=input,
                previous_response_id=previous_response_id,
                instructions=instructions,
                prompt_cache_key=prompt_cache_key,
                prompt_cache_retention=prompt_cache_retention,
                prompt_cache_options=prompt_cache_options,
                service_tier=service_tier,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _compactconversation.parse_response,
        )


class AsyncResponses(AsyncResponsesHelpers):
    """``client.responses`` on the asyncio client."""

    # Method name -> raw operation module: how hand-written helpers reach an operation's
    # request checks without naming a generated module (an older document may lack it).
    _operations: ClassVar[Mapping[str, ModuleType]] = {
        "create": _create_response,
        "retrieve": _get_response,
        "delete": _delete_response,
        "cancel": _cancel_response,
        "compact": _compactconversation,
    }

    @cached_property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:
        """The same operations, each answering with the response rather than only its result."""
        return AsyncResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncResponsesWithStreamingResponse:
        """The same operations as context managers that leave the body unread until asked."""
        return AsyncResponsesWithStreamingResponse(self)

    @cached_property
    def input_items(self) -> AsyncInputItems:
        from .input_items import AsyncInputItems

        return AsyncInputItems(self._client)

    @cached_property
    def input_tokens(self) -> AsyncInputTokens:
        from .input_tokens import AsyncInputTokens

        return AsyncInputTokens(self._client)

    @overload
    async def create(
        self,
        *,
        metadata: dict[str, str] | None | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        user: str | None | Omit = omit,
        safety_identifier: str | None | Omit = omit,
        prompt_cache_key: str | None | Omit = omit,
        prompt_cache_retention: Literal["24h", "in_memory"] | None | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: str | None | Omit = omit,
        model: str
        | Literal[
            "chatgpt-4o-latest",
            "codex-mini-latest",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0301",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-audio-preview",
            "gpt-4o-audio-preview-2024-10-01",
            "gpt-4o-audio-preview-2024-12-17",
            "gpt-4o-audio-preview-2025-06-03",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4o-mini-audio-preview",
            "gpt-4o-mini-audio-preview-2024-12-17",
            "gpt-4o-mini-search-preview",
            "gpt-4o-mini-search-preview-2025-03-11",
            "gpt-4o-search-preview",
            "gpt-4o-search-preview-2025-03-11",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-chat-latest",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "gpt-5.1",
            "gpt-5.1-2025-11-13",
            "gpt-5.1-chat-latest",
            "gpt-5.1-codex",
            "gpt-5.1-mini",
            "gpt-5.2",
            "gpt-5.2-2025-12-11",
            "gpt-5.2-chat-latest",
            "gpt-5.2-pro",
            "gpt-5.2-pro-2025-12-11",
            "gpt-5.3-chat-latest",
            "gpt-5.4",
            "gpt-5.4-mini",
            "gpt-5.4-mini-2026-03-17",
            "gpt-5.4-nano",
            "gpt-5.4-nano-2026-03-17",
            "gpt-5.5",
            "gpt-5.5-2026-04-23",
            "gpt-5.6-luna",
            "gpt-5.6-sol",
            "gpt-5.6-terra",
            "o1",
            "o1-2024-12-17",
            "o1-mini",
            "o1-mini-2024-09-12",
            "o1-preview",
            "o1-preview-2024-09-12",
            "o3",
            "o3-2025-04-16",
            "o3-mini",
            "o3-mini-2025-01-31",
            "o4-mini",
            "o4-mini-2025-04-16",
        ]
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
        | Omit = omit,
        background: bool | None | Omit = omit,
        max_tool_calls: int | None | Omit = omit,
        text: response_create_params.Text | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: response_create_params.Prompt | None | Omit = omit,
        service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"] | None | Omit = omit,
        truncation: Literal["auto", "disabled"] | None | Omit = omit,
        reasoning: Reasoning | None | Omit = omit,
        input: str | Iterable[ResponseInputItemParam] | Omit = omit,
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
        | None
        | Omit = omit,
        parallel_tool_calls: bool | None | Omit = omit,
        store: bool | None | Omit = omit,
        instructions: str | None | Omit = omit,
        moderation: response_create_params.Moderation | None | Omit = omit,
        stream: Literal[False] | None | Omit = omit,
        stream_options: response_create_params.StreamOptions | None | Omit = omit,
        conversation: response_create_params.Conversation | str | None | Omit = omit,
        context_management: Iterable[response_create_params.ContextManagement] | None | Omit = omit,
        max_output_tokens: int | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response: ...

    @overload
    async def create(
        self,
        *,
        metadata: dict[str, str] | None | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        user: str | None | Omit = omit,
        safety_identifier: str | None | Omit = omit,
        prompt_cache_key: str | None | Omit = omit,
        prompt_cache_retention: Literal["24h", "in_memory"] | None | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: str | None | Omit = omit,
        model: str
        | Literal[
            "chatgpt-4o-latest",
            "codex-mini-latest",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0301",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-audio-preview",
            "gpt-4o-audio-preview-2024-10-01",
            "gpt-4o-audio-preview-2024-12-17",
            "gpt-4o-audio-preview-2025-06-03",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4o-mini-audio-preview",
            "gpt-4o-mini-audio-preview-2024-12-17",
            "gpt-4o-mini-search-preview",
            "gpt-4o-mini-search-preview-2025-03-11",
            "gpt-4o-search-preview",
            "gpt-4o-search-preview-2025-03-11",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-chat-latest",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "gpt-5.1",
            "gpt-5.1-2025-11-13",
            "gpt-5.1-chat-latest",
            "gpt-5.1-codex",
            "gpt-5.1-mini",
            "gpt-5.2",
            "gpt-5.2-2025-12-11",
            "gpt-5.2-chat-latest",
            "gpt-5.2-pro",
            "gpt-5.2-pro-2025-12-11",
            "gpt-5.3-chat-latest",
            "gpt-5.4",
            "gpt-5.4-mini",
            "gpt-5.4-mini-2026-03-17",
            "gpt-5.4-nano",
            "gpt-5.4-nano-2026-03-17",
            "gpt-5.5",
            "gpt-5.5-2026-04-23",
            "gpt-5.6-luna",
            "gpt-5.6-sol",
            "gpt-5.6-terra",
            "o1",
            "o1-2024-12-17",
            "o1-mini",
            "o1-mini-2024-09-12",
            "o1-preview",
            "o1-preview-2024-09-12",
            "o3",
            "o3-2025-04-16",
            "o3-mini",
            "o3-mini-2025-01-31",
            "o4-mini",
            "o4-mini-2025-04-16",
        ]
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
        | Omit = omit,
        background: bool | None | Omit = omit,
        max_tool_calls: int | None | Omit = omit,
        text: response_create_params.Text | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: response_create_params.Prompt | None | Omit = omit,
        service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"] | None | Omit = omit,
        truncation: Literal["auto", "disabled"] | None | Omit = omit,
        reasoning: Reasoning | None | Omit = omit,
        input: str | Iterable[ResponseInputItemParam] | Omit = omit,
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
        | None
        | Omit = omit,
        parallel_tool_calls: bool | None | Omit = omit,
        store: bool | None | Omit = omit,
        instructions: str | None | Omit = omit,
        moderation: response_create_params.Moderation | None | Omit = omit,
        stream: Literal[True],
        stream_options: response_create_params.StreamOptions | None | Omit = omit,
        conversation: response_create_params.Conversation | str | None | Omit = omit,
        context_management: Iterable[response_create_params.ContextManagement] | None | Omit = omit,
        max_output_tokens: int | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ResponseStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        metadata: dict[str, str] | None | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        user: str | None | Omit = omit,
        safety_identifier: str | None | Omit = omit,
        prompt_cache_key: str | None | Omit = omit,
        prompt_cache_retention: Literal["24h", "in_memory"] | None | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: str | None | Omit = omit,
        model: str
        | Literal[
            "chatgpt-4o-latest",
            "codex-mini-latest",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0301",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-audio-preview",
            "gpt-4o-audio-preview-2024-10-01",
            "gpt-4o-audio-preview-2024-12-17",
            "gpt-4o-audio-preview-2025-06-03",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4o-mini-audio-preview",
            "gpt-4o-mini-audio-preview-2024-12-17",
            "gpt-4o-mini-search-preview",
            "gpt-4o-mini-search-preview-2025-03-11",
            "gpt-4o-search-preview",
            "gpt-4o-search-preview-2025-03-11",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-chat-latest",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "gpt-5.1",
            "gpt-5.1-2025-11-13",
            "gpt-5.1-chat-latest",
            "gpt-5.1-codex",
            "gpt-5.1-mini",
            "gpt-5.2",
            "gpt-5.2-2025-12-11",
            "gpt-5.2-chat-latest",
            "gpt-5.2-pro",
            "gpt-5.2-pro-2025-12-11",
            "gpt-5.3-chat-latest",
            "gpt-5.4",
            "gpt-5.4-mini",
            "gpt-5.4-mini-2026-03-17",
            "gpt-5.4-nano",
            "gpt-5.4-nano-2026-03-17",
            "gpt-5.5",
            "gpt-5.5-2026-04-23",
            "gpt-5.6-luna",
            "gpt-5.6-sol",
            "gpt-5.6-terra",
            "o1",
            "o1-2024-12-17",
            "o1-mini",
            "o1-mini-2024-09-12",
            "o1-preview",
            "o1-preview-2024-09-12",
            "o3",
            "o3-2025-04-16",
            "o3-mini",
            "o3-mini-2025-01-31",
            "o4-mini",
            "o4-mini-2025-04-16",
        ]
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
        | Omit = omit,
        background: bool | None | Omit = omit,
        max_tool_calls: int | None | Omit = omit,
        text: response_create_params.Text | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: response_create_params.Prompt | None | Omit = omit,
        service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"] | None | Omit = omit,
        truncation: Literal["auto", "disabled"] | None | Omit = omit,
        reasoning: Reasoning | None | Omit = omit,
        input: str | Iterable[ResponseInputItemParam] | Omit = omit,
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
        | None
        | Omit = omit,
        parallel_tool_calls: bool | None | Omit = omit,
        store: bool | None | Omit = omit,
        instructions: str | None | Omit = omit,
        moderation: response_create_params.Moderation | None | Omit = omit,
        stream: bool | None | Omit = omit,
        stream_options: response_create_params.StreamOptions | None | Omit = omit,
        conversation: response_create_params.Conversation | str | None | Omit = omit,
        context_management: Iterable[response_create_params.ContextManagement] | None | Omit = omit,
        max_output_tokens: int | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response | AsyncStream[ResponseStreamEvent]: ...

    async def create(
        self,
        *,
        metadata: dict[str, str] | None | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        user: str | None | Omit = omit,
        safety_identifier: str | None | Omit = omit,
        prompt_cache_key: str | None | Omit = omit,
        prompt_cache_retention: Literal["24h", "in_memory"] | None | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: str | None | Omit = omit,
        model: str
        | Literal[
            "chatgpt-4o-latest",
            "codex-mini-latest",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0301",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-audio-preview",
            "gpt-4o-audio-preview-2024-10-01",
            "gpt-4o-audio-preview-2024-12-17",
            "gpt-4o-audio-preview-2025-06-03",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4o-mini-audio-preview",
            "gpt-4o-mini-audio-preview-2024-12-17",
            "gpt-4o-mini-search-preview",
            "gpt-4o-mini-search-preview-2025-03-11",
            "gpt-4o-search-preview",
            "gpt-4o-search-preview-2025-03-11",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-chat-latest",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "gpt-5.1",
            "gpt-5.1-2025-11-13",
            "gpt-5.1-chat-latest",
            "gpt-5.1-codex",
            "gpt-5.1-mini",
            "gpt-5.2",
            "gpt-5.2-2025-12-11",
            "gpt-5.2-chat-latest",
            "gpt-5.2-pro",
            "gpt-5.2-pro-2025-12-11",
            "gpt-5.3-chat-latest",
            "gpt-5.4",
            "gpt-5.4-mini",
            "gpt-5.4-mini-2026-03-17",
            "gpt-5.4-nano",
            "gpt-5.4-nano-2026-03-17",
            "gpt-5.5",
            "gpt-5.5-2026-04-23",
            "gpt-5.6-luna",
            "gpt-5.6-sol",
            "gpt-5.6-terra",
            "o1",
            "o1-2024-12-17",
            "o1-mini",
            "o1-mini-2024-09-12",
            "o1-preview",
            "o1-preview-2024-09-12",
            "o3",
            "o3-2025-04-16",
            "o3-mini",
            "o3-mini-2025-01-31",
            "o4-mini",
            "o4-mini-2025-04-16",
        ]
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
        | Omit = omit,
        background: bool | None | Omit = omit,
        max_tool_calls: int | None | Omit = omit,
        text: response_create_params.Text | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: response_create_params.Prompt | None | Omit = omit,
        service_tier: Literal["auto", "default", "fast", "flex", "priority", "scale", "ultrafast"] | None | Omit = omit,
        truncation: Literal["auto", "disabled"] | None | Omit = omit,
        reasoning: Reasoning | None | Omit = omit,
        input: str | Iterable[ResponseInputItemParam] | Omit = omit,
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
        | None
        | Omit = omit,
        parallel_tool_calls: bool | None | Omit = omit,
        store: bool | None | Omit = omit,
        instructions: str | None | Omit = omit,
        moderation: response_create_params.Moderation | None | Omit = omit,
        stream: bool | None | Omit = omit,
        stream_options: response_create_params.StreamOptions | None | Omit = omit,
        conversation: response_create_params.Conversation | str | None | Omit = omit,
        context_management: Iterable[response_create_params.ContextManagement] | None | Omit = omit,
        max_output_tokens: int | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response | AsyncStream[ResponseStreamEvent]:
        """Send ``POST /responses``.

        Args:
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
                additional information about the object in a structured format, and querying for objects via API or the
                dashboard.

                Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
                characters.
            top_logprobs: The ``top_logprobs`` body parameter.
            temperature: The ``temperature`` body parameter.
            top_p: The ``top_p`` body parameter.
            user: Deprecated.
            safety_identifier: The ``safety_identifier`` body parameter.
            prompt_cache_key: The ``prompt_cache_key`` body parameter.
            prompt_cache_retention: Deprecated.
            prompt_cache_options: The ``prompt_cache_options`` body parameter.
            previous_response_id: The ``previous_response_id`` body parameter.
            model: The ``model`` body parameter.
            background: The ``background`` body parameter.
            max_tool_calls: The ``max_tool_calls`` body parameter.
            text: The ``text`` body parameter.
            tools: The ``tools`` body parameter.
            tool_choice: The ``tool_choice`` body parameter.
            prompt: The ``prompt`` body parameter.
            service_tier: The ``service_tier`` body parameter.
            truncation: Deprecated.
            reasoning: The ``reasoning`` body parameter.
            input: The ``input`` body parameter.
            include: The ``include`` body parameter.
            parallel_tool_calls: The ``parallel_tool_calls`` body parameter.
            store: The ``store`` body parameter.
            instructions: The ``instructions`` body parameter.
            moderation: The ``moderation`` body parameter.
            stream: The ``stream`` body parameter.
            stream_options: The ``stream_options`` body parameter.
            conversation: The ``conversation`` body parameter.
            context_management: The ``context_management`` body parameter.
            max_output_tokens: The ``max_output_tokens`` body parameter.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        if stream:  # the answer is text/event-stream: one typed event at a time
            return await self._send_stream(
                _create_response.request_options(
                    metadata=metadata,
                    top_logprobs=top_logprobs,
                    temperature=temperature,
                    top_p=top_p,
                    user=user,
                    safety_identifier=safety_identifier,
                    prompt_cache_key=prompt_cache_key,
                    prompt_cache_retention=prompt_cache_retention,
                    prompt_cache_options=prompt_cache_options,
                    previous_response_id=previous_response_id,
                    model=model,
                    background=background,
                    max_tool_calls=max_tool_calls,
                    text=text,
                    tools=tools,
                    tool_choice=tool_choice,
                    prompt=prompt,
                    service_tier=service_tier,
                    truncation=truncation,
                    reasoning=reasoning,
                    input=input,
                    include=include,
                    parallel_tool_calls=parallel_tool_calls,
                    store=store,
                    instructions=instructions,
                    moderation=moderation,
                    stream=stream,
                    stream_options=stream_options,
                    conversation=conversation,
                    context_management=context_management,
                    max_output_tokens=max_output_tokens,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                _create_response.parse_event,
            )
        return await self._send(
            _create_response.request_options(
                metadata=metadata,
                top_logprobs=top_logprobs,
                temperature=temperature,
                top_p=top_p,
                user=user,
                safety_identifier=safety_identifier,
                prompt_cache_key=prompt_cache_key,
                prompt_cache_retention=prompt_cache_retention,
                prompt_cache_options=prompt_cache_options,
                previous_response_id=previous_response_id,
                model=model,
                background=background,
                max_tool_calls=max_tool_calls,
                text=text,
                tools=tools,
                tool_choice=tool_choice,
                prompt=prompt,
                service_tier=service_tier,
                truncation=truncation,
                reasoning=reasoning,
                input=input,
                include=include,
                parallel_tool_calls=parallel_tool_calls,
                store=store,
                instructions=instructions,
                moderation=moderation,
                stream=stream,
                stream_options=stream_options,
                conversation=conversation,
                context_management=context_management,
                max_output_tokens=max_output_tokens,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _create_response.parse_response,
        )

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
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
        stream: Literal[False] | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response: ...

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
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
        stream: Literal[True],
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ResponseStreamEvent]: ...

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
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
        stream: bool | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response | AsyncStream[ResponseStreamEvent]: ...

    async def retrieve(
        self,
        response_id: str,
        *,
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
        stream: bool | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response | AsyncStream[ResponseStreamEvent]:
        """Send ``GET /responses/{response_id}``.

        Args:
            response_id: The ``response_id`` path parameter.
            include: The ``include`` query parameter.
            stream: The ``stream`` query parameter.
            starting_after: The ``starting_after`` query parameter.
            include_obfuscation: The ``include_obfuscation`` query parameter.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        if stream:  # the answer is text/event-stream: one typed event at a time
            return await self._send_stream(
                _get_response.request_options(
                    response_id,
                    include=include,
                    stream=stream,
                    starting_after=starting_after,
                    include_obfuscation=include_obfuscation,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                _get_response.parse_event,
            )
        return await self._send(
            _get_response.request_options(
                response_id,
                include=include,
                stream=stream,
                starting_after=starting_after,
                include_obfuscation=include_obfuscation,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _get_response.parse_response,
        )

    async def delete(
        self,
        response_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Send ``DELETE /responses/{response_id}``.

        Args:
            response_id: The ``response_id`` path parameter.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return await self._send(
            _delete_response.request_options(
                response_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _delete_response.parse_response,
        )

    async def cancel(
        self,
        response_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response:
        """Send ``POST /responses/{response_id}/cancel``.

        Args:
            response_id: The ``response_id`` path parameter.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return await self._send(
            _cancel_response.request_options(
                response_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _cancel_response.parse_response,
        )

    async def compact(
        self,
        *,
        model: str
        | Literal[
            "chatgpt-4o-latest",
            "codex-mini-latest",
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0301",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-audio-preview",
            "gpt-4o-audio-preview-2024-10-01",
            "gpt-4o-audio-preview-2024-12-17",
            "gpt-4o-audio-preview-2025-06-03",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-4o-mini-audio-preview",
            "gpt-4o-mini-audio-preview-2024-12-17",
            "gpt-4o-mini-search-preview",
            "gpt-4o-mini-search-preview-2025-03-11",
            "gpt-4o-search-preview",
            "gpt-4o-search-preview-2025-03-11",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-chat-latest",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "gpt-5.1",
            "gpt-5.1-2025-11-13",
            "gpt-5.1-chat-latest",
            "gpt-5.1-codex",
            "gpt-5.1-mini",
            "gpt-5.2",
            "gpt-5.2-2025-12-11",
            "gpt-5.2-chat-latest",
            "gpt-5.2-pro",
            "gpt-5.2-pro-2025-12-11",
            "gpt-5.3-chat-latest",
            "gpt-5.4",
            "gpt-5.4-mini",
            "gpt-5.4-mini-2026-03-17",
            "gpt-5.4-nano",
            "gpt-5.4-nano-2026-03-17",
            "gpt-5.5",
            "gpt-5.5-2026-04-23",
            "gpt-5.6-luna",
            "gpt-5.6-sol",
            "gpt-5.6-terra",
            "o1",
            "o1-2024-12-17",
            "o1-mini",
            "o1-mini-2024-09-12",
            "o1-preview",
            "o1-preview-2024-09-12",
            "o3",
            "o3-2025-04-16",
            "o3-mini",
            "o3-mini-2025-01-31",
            "o4-mini",
            "o4-mini-2025-04-16",
        ]
        | Literal[
            "computer-use-preview",
            "computer-use-preview-2025-03-11",
            "gpt-5-codex",
            "gpt-5-pro",
            "gpt-5-pro-2025-10-06",
            "gpt-5.1-codex-max",
            "gpt-5.5-pro",
            "gpt-5.5-pro-2026-04-23",
            "gpt-5.6-cyber",
            "gpt-daybreak-blue-latest",
            "gpt-daybreak-red-latest",
            "o1-pro",
            "o1-pro-2025-03-19",
            "o3-deep-research",
            "o3-deep-research-2025-06-26",
            "o3-pro",
            "o3-pro-2025-06-10",
            "o4-mini-deep-research",
            "o4-mini-deep-research-2025-06-26",
        ]
        | None,
        input: str | Iterable[ResponseInputItemParam] | None | Omit = omit,
        previous_response_id: str | None | Omit = omit,
        instructions: str | None | Omit = omit,
        prompt_cache_key: str | None | Omit = omit,
        prompt_cache_retention: Literal["24h", "in_memory"] | None | Omit = omit,
        prompt_cache_options: response_compact_params.PromptCacheOptions | None | Omit = omit,
        service_tier: Literal["auto", "default", "fast", "flex", "priority"] | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TheCompactedResponseObject:
        """Send ``POST /responses/compact``.

        Args:
            model: The ``model`` body parameter.
            input: The ``input`` body parameter.
            previous_response_id: The ``previous_response_id`` body parameter.
            instructions: The ``instructions`` body parameter.
            prompt_cache_key: The ``prompt_cache_key`` body parameter.
            prompt_cache_retention: The ``prompt_cache_retention`` body parameter.
            prompt_cache_options: The ``prompt_cache_options`` body parameter.
            service_tier: The ``service_tier`` body parameter.
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return await self._send(
            _compactconversation.request_options(
                model=model,
                input=input,
                previous_response_id=previous_response_id,
                instructions=instructions,
                prompt_cache_key=prompt_cache_key,
                prompt_cache_retention=prompt_cache_retention,
                prompt_cache_options=prompt_cache_options,
                service_tier=service_tier,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            _compactconversation.parse_response,
        )


class ResponsesWithRawResponse:
    """``client.responses.with_raw_response``: each operation answers with the response (``.parse()`` for the result)."""

    def __init__(self, responses: Responses) -> None:
        self._responses = responses
        self.create = to_raw_response_wrapper(responses.create)
        self.retrieve = to_raw_response_wrapper(responses.retrieve)
        self.delete = to_raw_response_wrapper(responses.delete)
        self.cancel = to_raw_response_wrapper(responses.cancel)
        self.compact = to_raw_response_wrapper(responses.compact)

    @cached_property
    def input_items(self) -> InputItemsWithRawResponse:
        from .input_items import InputItemsWithRawResponse

        return InputItemsWithRawResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> InputTokensWithRawResponse:
        from .input_tokens import InputTokensWithRawResponse

        return InputTokensWithRawResponse(self._responses.input_tokens)


class AsyncResponsesWithRawResponse:
    """``client.responses.with_raw_response``: each operation answers with the response (``.parse()`` for the result)."""

    def __init__(self, responses: AsyncResponses) -> None:
        self._responses = responses
        self.create = async_to_raw_response_wrapper(responses.create)
        self.retrieve = async_to_raw_response_wrapper(responses.retrieve)
        self.delete = async_to_raw_response_wrapper(responses.delete)
        self.cancel = async_to_raw_response_wrapper(responses.cancel)
        self.compact = async_to_raw_response_wrapper(responses.compact)

    @cached_property
    def input_items(self) -> AsyncInputItemsWithRawResponse:
        from .input_items import AsyncInputItemsWithRawResponse

        return AsyncInputItemsWithRawResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> AsyncInputTokensWithRawResponse:
        from .input_tokens import AsyncInputTokensWithRawResponse

        return AsyncInputTokensWithRawResponse(self._responses.input_tokens)


class ResponsesWithStreamingResponse:
    """``client.responses.with_streaming_response``: each operation as a context manager around the response, its body read when asked."""

    def __init__(self, responses: Responses) -> None:
        self._responses = responses
        self.create = to_streamed_response_wrapper(responses.create)
        self.retrieve = to_streamed_response_wrapper(responses.retrieve)
        self.delete = to_streamed_response_wrapper(responses.delete)
        self.cancel = to_streamed_response_wrapper(responses.cancel)
        self.compact = to_streamed_response_wrapper(responses.compact)

    @cached_property
    def input_items(self) -> InputItemsWithStreamingResponse:
        from .input_items import InputItemsWithStreamingResponse

        return InputItemsWithStreamingResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> InputTokensWithStreamingResponse:
        from .input_tokens import InputTokensWithStreamingResponse

        return InputTokensWithStreamingResponse(self._responses.input_tokens)


class AsyncResponsesWithStreamingResponse:
    """``client.responses.with_streaming_response``: each operation as a context manager around the response, its body read when asked."""

    def __init__(self, responses: AsyncResponses) -> None:
        self._responses = responses
        self.create = async_to_streamed_response_wrapper(responses.create)
        self.retrieve = async_to_streamed_response_wrapper(responses.retrieve)
        self.delete = async_to_streamed_response_wrapper(responses.delete)
        self.cancel = async_to_streamed_response_wrapper(responses.cancel)
        self.compact = async_to_streamed_response_wrapper(responses.compact)

    @cached_property
    def input_items(self) -> AsyncInputItemsWithStreamingResponse:
        from .input_items import AsyncInputItemsWithStreamingResponse

        return AsyncInputItemsWithStreamingResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> AsyncInputTokensWithStreamingResponse:
        from .input_tokens import AsyncInputTokensWithStreamingResponse

        return AsyncInputTokensWithStreamingResponse(self._responses.input_tokens)
