# Generated from openapi.yaml by make generate; do not edit.
"""``client.responses``: create, retrieve, delete, cancel, compact."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, overload

import httpx2
from vectorstores.lib.responses import AsyncResponsesHelpers, ResponsesHelpers
from vectorstores_raw.api.default import compactconversation as _compactconversation
from vectorstores_raw.api.responses import cancel_response as _cancel_response
from vectorstores_raw.api.responses import create_response as _create_response
from vectorstores_raw.api.responses import delete_response as _delete_response
from vectorstores_raw.api.responses import get_response as _get_response
from vectorstores_raw.models.compacted_response import CompactedResponse
from vectorstores_raw.models.response import Response
from vectorstores_raw.models.response_stream_event import ResponseStreamEvent
from vectorstores_raw.types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, omit

from ..._resource import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._streaming import AsyncStream, Stream

if TYPE_CHECKING:  # what the helpers answer with, named in annotations only (imported on first call)
    from vectorstores.lib._parsing.parsed_response import ParsedResponse, TextFormatT
    from vectorstores.lib.response_stream import AsyncResponseStreamManager, ResponseStreamManager

if TYPE_CHECKING:  # the request types are for type checkers: importing them would slow every start
    from collections.abc import Iterable
    from typing import Literal

    from vectorstores.types.responses import response_compact_params, response_create_params
    from vectorstores.types.responses.response_conversation_param_param import ResponseConversationParamParam
    from vectorstores.types.responses.response_input_item_param import ResponseInputItemParam
    from vectorstores.types.responses.response_prompt_param import ResponsePromptParam
    from vectorstores.types.responses.response_text_config_param import ResponseTextConfigParam
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
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: ResponsePromptParam | None | Omit = omit,
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
        conversation: ResponseConversationParamParam | str | None | Omit = omit,
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
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: ResponsePromptParam | None | Omit = omit,
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
        conversation: ResponseConversationParamParam | str | None | Omit = omit,
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
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: ResponsePromptParam | None | Omit = omit,
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
        conversation: ResponseConversationParamParam | str | None | Omit = omit,
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
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: ResponsePromptParam | None | Omit = omit,
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
        conversation: ResponseConversationParamParam | str | None | Omit = omit,
        context_management: Iterable[response_create_params.ContextManagement] | None | Omit = omit,
        max_output_tokens: int | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response | Stream[ResponseStreamEvent]:
        """Creates a model response. Provide [text](/docs/guides/text) or [image](/docs/guides/images) inputs to
        generate [text](/docs/guides/text) or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in [tools](/docs/guides/tools) like [web
        search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
                additional information about the object in a structured format, and querying for objects via API or the
                dashboard.

                Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
                characters.
            top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return
                at each token position, each with an associated log probability. In some cases, the number of returned
                tokens may be fewer than requested.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the
                output more random, while lower values like 0.2 will make it more focused and deterministic. We
                generally recommend altering this or `top_p` but not both.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers
                the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top
                10% probability mass are considered.

                We generally recommend altering this or `temperature` but not both.
            user: Deprecated. This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use
                `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users.
                Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and
                prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
            safety_identifier: A stable identifier used to help detect users of your application that may be
                violating OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a
                maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid
                sending us any identifying information. [Learn
                more](/docs/guides/safety-best-practices#safety-identifiers).
            prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit
                rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
            prompt_cache_retention: Deprecated. Use `prompt_cache_options.ttl` instead.

                The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps
                cached prefixes active for longer, up to a maximum of 24 hours. [Learn
                more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention
                policy, while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are
                independent and do not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is
                supported.

                For older models that support both `in_memory` and `24h`, the default depends on your organization's
                data retention policy:

                  - Organizations without ZDR enabled default to `24h`.
                  - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not
                    specified.
            prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default,
                OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content
                blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache
                matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block
                lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to
                `30m`, which is currently the only supported value. See the [prompt caching
                guide](/docs/guides/prompt-caching) for current details.
            previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
                conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
                conjunction with `conversation`.
            model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of
                models with different capabilities, performance characteristics, and price points. Refer to the [model
                guide](/docs/models) to browse and compare available models.
            background: Whether to run the model response in the background. [Learn more](/docs/guides/background).
            max_tool_calls: The maximum number of total calls to built-in tools that can be processed in a response.
                This maximum number applies across all built-in tool calls, not per individual tool. Any further
                attempts to call a tool by the model will be ignored.
            text: Configuration options for a text response from the model. Can be plain text or structured JSON
                data. Learn more:

                - [Text inputs and outputs](/docs/guides/text)
                - [Structured Outputs](/docs/guides/structured-outputs)
            tools: An array of tools the model may call while generating a response. You can specify which tool to
                use by setting the `tool_choice` parameter.

                We support the following categories of tools:

                - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web
                  search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search). Learn more
                  about [built-in tools](/docs/guides/tools).
                - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors
                  such as Google Drive and SharePoint. Learn more about [MCP Tools](/docs/guides/tools-connectors-mcp).
                - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your
                  own code with strongly typed arguments and outputs. Learn more about [function
                  calling](/docs/guides/function-calling). You can also use custom tools to call your own code.
            tool_choice: How the model should select which tool (or tools) to use when generating a response. See
                the `tools` parameter to see how to specify which tools the model can call.
            prompt: Reference to a prompt template and its variables. [Learn
                more](/docs/guides/text?api-mode=responses#reusable-prompts).
            service_tier: Specifies the processing type used for serving the request.

                  - If set to 'auto', then the request will be processed with the service tier configured in the Project
                    settings. Unless otherwise configured, the Project will use 'default'.
                  - If set to 'default', then the request will be processed with the standard pricing and performance
                    for the selected model.
                  - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex
                    Processing service tier.
                  - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
                    `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The
                    response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or
                    `priority` in your request.
                  - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast
                    Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served
                    through it will show `service_tier=ultrafast`.
                  - When not set, the default behavior is 'auto'.

                When the `service_tier` parameter is set, the response body will include the `service_tier` value based
                on the processing mode actually used to serve the request. This response value may be different from the
                value set in the parameter.
            truncation: Deprecated. The truncation strategy to use for the model response.

                - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate
                  the response to fit the context window by dropping items from the beginning of the conversation.
                - `disabled` (default): If the input size will exceed the context window size for a model, the request
                  will fail with a 400 error.
            reasoning: **gpt-5 and o-series models only**

                Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
            input: Text, image, or file inputs to the model, used to generate a response.

                Learn more:

                - [Text inputs and outputs](/docs/guides/text)
                - [Image inputs](/docs/guides/images)
                - [File inputs](/docs/guides/pdf-files)
                - [Conversation state](/docs/guides/conversation-state)
                - [Function calling](/docs/guides/function-calling)
            include: Specify additional output data to include in the model response. Currently supported values
                are:

                - `web_search_call.action.sources`: Include the sources of the web search tool call.
                - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter
                  tool call items.
                - `computer_call_output.output.image_url`: Include image urls from the computer call output.
                - `file_search_call.results`: Include the search results of the file search tool call.
                - `message.input_image.image_url`: Include image urls from the input message.
                - `message.output_text.logprobs`: Include logprobs with assistant messages.
                - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item
                  outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses
                  API statelessly (like when the `store` parameter is set to `false`, or when an organization is
                  enrolled in the zero data retention program).
            parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
            store: Whether to store the generated model response for later retrieval via API.
            instructions: A system (or developer) message inserted into the model's context.

                When using along with `previous_response_id`, the instructions from a previous response will not be
                carried over to the next response. This makes it simple to swap out system (or developer) messages in
                new responses.
            moderation: Configuration for running moderation on the input and output of this response.
            stream: If set to true, the model response data will be streamed to the client as it is generated using
                [server-sent
                events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
                See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
            stream_options: Options for streaming responses. Only set this when you set `stream: true`.
            conversation: The conversation that this response belongs to. Items from this conversation are prepended
                to `input_items` for this response request. Input items and output items from this response are
                automatically added to this conversation after this response completes.
            context_management: Context management configuration for this request.
            max_output_tokens: An upper bound for the number of tokens that can be generated for a response,
                including visible output tokens and [reasoning tokens](/docs/guides/reasoning).
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
        """Retrieves a model response with the given ID.

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
                characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a
                mitigation to certain side-channel attacks. These obfuscation fields are included by default, but add a
                small amount of overhead to the data stream. You can set `include_obfuscation` to false to optimize for
                bandwidth if you trust the network links between your application and the OpenAI API.
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
        """Deletes a model response with the given ID.

        Args:
            response_id: The ID of the response to delete.
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
        """Cancels a model response with the given ID. Only responses created with the `background` parameter set to
        `true` can be cancelled. [Learn more](/docs/guides/background).

        Args:
            response_id: The ID of the response to cancel.
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
    ) -> CompactedResponse:
        """Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation state
        guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details,
        see [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
            model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of
                models with different capabilities, performance characteristics, and price points. Refer to the [model
                guide](/docs/models) to browse and compare available models.
            input: Text, image, or file inputs to the model, used to generate a response
            previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
                conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
                conjunction with `conversation`.
            instructions: A system (or developer) message inserted into the model's context. When used along with
                `previous_response_id`, the instructions from a previous response will not be carried over to the next
                response. This makes it simple to swap out system (or developer) messages in new responses.
            prompt_cache_key: A key to use when reading from or writing to the prompt cache.
            prompt_cache_retention: How long to retain a prompt cache entry created by this request.
            prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default,
                OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content
                blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache
                matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block
                lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to
                `30m`, which is currently the only supported value. See the [prompt caching
                guide](/docs/guides/prompt-caching) for current details.
            service_tier: Specifies the processing type used for serving the request.   - If set to 'auto', then the
                request will be processed with the service tier configured in the Project settings. Unless otherwise
                configured, the Project will use 'default'.   - If set to 'default', then the request will be processed
                with the standard pricing and performance for the selected model.   - If set to
                '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing
                service tier.   - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
                `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response
                will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your
                request.   - When not set, the default behavior is 'auto'. When the `service_tier` parameter is set, the
                response body will include the `service_tier` value based on the processing mode actually used to serve
                the request. This response value may be different from the value set in the parameter.
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

    def stream(
        self,
        *,
        text_format: type[Any] | Omit = omit,
        response_id: str | Omit = omit,
        starting_after: int | Omit = omit,
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
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: ResponsePromptParam | None | Omit = omit,
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
        stream_options: response_create_params.StreamOptions | None | Omit = omit,
        conversation: ResponseConversationParamParam | str | None | Omit = omit,
        context_management: Iterable[response_create_params.ContextManagement] | None | Omit = omit,
        max_output_tokens: int | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseStreamManager[ResponseStreamEvent]:
        """Stream a response's events: ``with client.responses.stream(model=..., input=...) as stream``, then
        ``stream.get_final_response()``; or, with ``response_id`` (and ``starting_after``, a sequence number), the
        events of a stored background response.

        Args:
            text_format: A pydantic model class: the request asks for JSON of its schema (strict), and
                ``get_final_response()`` answers a ``ParsedResponse`` whose ``output_parsed`` is an instance (pydantic
                is imported only then).
            response_id: The ID of the response to retrieve.
            starting_after: The sequence number of the event after which to start streaming.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
                additional information about the object in a structured format, and querying for objects via API or the
                dashboard.

                Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
                characters.
            top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return
                at each token position, each with an associated log probability. In some cases, the number of returned
                tokens may be fewer than requested.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the
                output more random, while lower values like 0.2 will make it more focused and deterministic. We
                generally recommend altering this or `top_p` but not both.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers
                the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top
                10% probability mass are considered.

                We generally recommend altering this or `temperature` but not both.
            user: Deprecated. This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use
                `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users.
                Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and
                prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
            safety_identifier: A stable identifier used to help detect users of your application that may be
                violating OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a
                maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid
                sending us any identifying information. [Learn
                more](/docs/guides/safety-best-practices#safety-identifiers).
            prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit
                rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
            prompt_cache_retention: Deprecated. Use `prompt_cache_options.ttl` instead.

                The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps
                cached prefixes active for longer, up to a maximum of 24 hours. [Learn
                more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention
                policy, while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are
                independent and do not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is
                supported.

                For older models that support both `in_memory` and `24h`, the default depends on your organization's
                data retention policy:

                  - Organizations without ZDR enabled default to `24h`.
                  - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not
                    specified.
            prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default,
                OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content
                blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache
                matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block
                lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to
                `30m`, which is currently the only supported value. See the [prompt caching
                guide](/docs/guides/prompt-caching) for current details.
            previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
                conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
                conjunction with `conversation`.
            model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of
                models with different capabilities, performance characteristics, and price points. Refer to the [model
                guide](/docs/models) to browse and compare available models.
            background: Whether to run the model response in the background. [Learn more](/docs/guides/background).
            max_tool_calls: The maximum number of total calls to built-in tools that can be processed in a response.
                This maximum number applies across all built-in tool calls, not per individual tool. Any further
                attempts to call a tool by the model will be ignored.
            text: Configuration options for a text response from the model. Can be plain text or structured JSON
                data. Learn more:

                - [Text inputs and outputs](/docs/guides/text)
                - [Structured Outputs](/docs/guides/structured-outputs)
            tools: An array of tools the model may call while generating a response. You can specify which tool to
                use by setting the `tool_choice` parameter.

                We support the following categories of tools:

                - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web
                  search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search). Learn more
                  about [built-in tools](/docs/guides/tools).
                - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors
                  such as Google Drive and SharePoint. Learn more about [MCP Tools](/docs/guides/tools-connectors-mcp).
                - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your
                  own code with strongly typed arguments and outputs. Learn more about [function
                  calling](/docs/guides/function-calling). You can also use custom tools to call your own code.
            tool_choice: How the model should select which tool (or tools) to use when generating a response. See
                the `tools` parameter to see how to specify which tools the model can call.
            prompt: Reference to a prompt template and its variables. [Learn
                more](/docs/guides/text?api-mode=responses#reusable-prompts).
            service_tier: Specifies the processing type used for serving the request.

                  - If set to 'auto', then the request will be processed with the service tier configured in the Project
                    settings. Unless otherwise configured, the Project will use 'default'.
                  - If set to 'default', then the request will be processed with the standard pricing and performance
                    for the selected model.
                  - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex
                    Processing service tier.
                  - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
                    `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The
                    response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or
                    `priority` in your request.
                  - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast
                    Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served
                    through it will show `service_tier=ultrafast`.
                  - When not set, the default behavior is 'auto'.

                When the `service_tier` parameter is set, the response body will include the `service_tier` value based
                on the processing mode actually used to serve the request. This response value may be different from the
                value set in the parameter.
            truncation: Deprecated. The truncation strategy to use for the model response.

                - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate
                  the response to fit the context window by dropping items from the beginning of the conversation.
                - `disabled` (default): If the input size will exceed the context window size for a model, the request
                  will fail with a 400 error.
            reasoning: **gpt-5 and o-series models only**

                Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
            input: Text, image, or file inputs to the model, used to generate a response.

                Learn more:

                - [Text inputs and outputs](/docs/guides/text)
                - [Image inputs](/docs/guides/images)
                - [File inputs](/docs/guides/pdf-files)
                - [Conversation state](/docs/guides/conversation-state)
                - [Function calling](/docs/guides/function-calling)
            include: Specify additional output data to include in the model response. Currently supported values
                are:

                - `web_search_call.action.sources`: Include the sources of the web search tool call.
                - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter
                  tool call items.
                - `computer_call_output.output.image_url`: Include image urls from the computer call output.
                - `file_search_call.results`: Include the search results of the file search tool call.
                - `message.input_image.image_url`: Include image urls from the input message.
                - `message.output_text.logprobs`: Include logprobs with assistant messages.
                - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item
                  outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses
                  API statelessly (like when the `store` parameter is set to `false`, or when an organization is
                  enrolled in the zero data retention program).
            parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
            store: Whether to store the generated model response for later retrieval via API.
            instructions: A system (or developer) message inserted into the model's context.

                When using along with `previous_response_id`, the instructions from a previous response will not be
                carried over to the next response. This makes it simple to swap out system (or developer) messages in
                new responses.
            moderation: Configuration for running moderation on the input and output of this response.
            stream_options: Options for streaming responses. Only set this when you set `stream: true`.
            conversation: The conversation that this response belongs to. Items from this conversation are prepended
                to `input_items` for this response request. Input items and output items from this response are
                automatically added to this conversation after this response completes.
            context_management: Context management configuration for this request.
            max_output_tokens: An upper bound for the number of tokens that can be generated for a response,
                including visible output tokens and [reasoning tokens](/docs/guides/reasoning).
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._stream(
            {
                "text_format": text_format,
                "response_id": response_id,
                "starting_after": starting_after,
                "metadata": metadata,
                "top_logprobs": top_logprobs,
                "temperature": temperature,
                "top_p": top_p,
                "user": user,
                "safety_identifier": safety_identifier,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_retention": prompt_cache_retention,
                "prompt_cache_options": prompt_cache_options,
                "previous_response_id": previous_response_id,
                "model": model,
                "background": background,
                "max_tool_calls": max_tool_calls,
                "text": text,
                "tools": tools,
                "tool_choice": tool_choice,
                "prompt": prompt,
                "service_tier": service_tier,
                "truncation": truncation,
                "reasoning": reasoning,
                "input": input,
                "include": include,
                "parallel_tool_calls": parallel_tool_calls,
                "store": store,
                "instructions": instructions,
                "moderation": moderation,
                "stream_options": stream_options,
                "conversation": conversation,
                "context_management": context_management,
                "max_output_tokens": max_output_tokens,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            }
        )

    def parse(
        self,
        *,
        text_format: type[TextFormatT] | Omit = omit,
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
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: ResponsePromptParam | None | Omit = omit,
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
        conversation: ResponseConversationParamParam | str | None | Omit = omit,
        context_management: Iterable[response_create_params.ContextManagement] | None | Omit = omit,
        max_output_tokens: int | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ParsedResponse[TextFormatT]:
        """Create a response and parse it: ``output_parsed`` is the output text read as ``text_format``, and the
        arguments of calls to function tools given with ``strict`` are read into ``parsed_arguments``.

        Args:
            text_format: A pydantic model class: the request asks for JSON of its schema (``text.format``, strict)
                and each output text's ``parsed`` (and ``output_parsed``) is an instance of it. pydantic is imported
                only then.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
                additional information about the object in a structured format, and querying for objects via API or the
                dashboard.

                Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
                characters.
            top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return
                at each token position, each with an associated log probability. In some cases, the number of returned
                tokens may be fewer than requested.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the
                output more random, while lower values like 0.2 will make it more focused and deterministic. We
                generally recommend altering this or `top_p` but not both.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers
                the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top
                10% probability mass are considered.

                We generally recommend altering this or `temperature` but not both.
            user: Deprecated. This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use
                `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users.
                Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and
                prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
            safety_identifier: A stable identifier used to help detect users of your application that may be
                violating OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a
                maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid
                sending us any identifying information. [Learn
                more](/docs/guides/safety-best-practices#safety-identifiers).
            prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit
                rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
            prompt_cache_retention: Deprecated. Use `prompt_cache_options.ttl` instead.

                The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps
                cached prefixes active for longer, up to a maximum of 24 hours. [Learn
                more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention
                policy, while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are
                independent and do not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is
                supported.

                For older models that support both `in_memory` and `24h`, the default depends on your organization's
                data retention policy:

                  - Organizations without ZDR enabled default to `24h`.
                  - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not
                    specified.
            prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default,
                OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content
                blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache
                matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block
                lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to
                `30m`, which is currently the only supported value. See the [prompt caching
                guide](/docs/guides/prompt-caching) for current details.
            previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
                conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
                conjunction with `conversation`.
            model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of
                models with different capabilities, performance characteristics, and price points. Refer to the [model
                guide](/docs/models) to browse and compare available models.
            background: Whether to run the model response in the background. [Learn more](/docs/guides/background).
            max_tool_calls: The maximum number of total calls to built-in tools that can be processed in a response.
                This maximum number applies across all built-in tool calls, not per individual tool. Any further
                attempts to call a tool by the model will be ignored.
            text: Configuration options for a text response from the model. Can be plain text or structured JSON
                data. Learn more:

                - [Text inputs and outputs](/docs/guides/text)
                - [Structured Outputs](/docs/guides/structured-outputs)
            tools: An array of tools the model may call while generating a response. You can specify which tool to
                use by setting the `tool_choice` parameter.

                We support the following categories of tools:

                - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web
                  search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search). Learn more
                  about [built-in tools](/docs/guides/tools).
                - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors
                  such as Google Drive and SharePoint. Learn more about [MCP Tools](/docs/guides/tools-connectors-mcp).
                - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your
                  own code with strongly typed arguments and outputs. Learn more about [function
                  calling](/docs/guides/function-calling). You can also use custom tools to call your own code.
            tool_choice: How the model should select which tool (or tools) to use when generating a response. See
                the `tools` parameter to see how to specify which tools the model can call.
            prompt: Reference to a prompt template and its variables. [Learn
                more](/docs/guides/text?api-mode=responses#reusable-prompts).
            service_tier: Specifies the processing type used for serving the request.

                  - If set to 'auto', then the request will be processed with the service tier configured in the Project
                    settings. Unless otherwise configured, the Project will use 'default'.
                  - If set to 'default', then the request will be processed with the standard pricing and performance
                    for the selected model.
                  - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex
                    Processing service tier.
                  - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
                    `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The
                    response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or
                    `priority` in your request.
                  - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast
                    Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served
                    through it will show `service_tier=ultrafast`.
                  - When not set, the default behavior is 'auto'.

                When the `service_tier` parameter is set, the response body will include the `service_tier` value based
                on the processing mode actually used to serve the request. This response value may be different from the
                value set in the parameter.
            truncation: Deprecated. The truncation strategy to use for the model response.

                - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate
                  the response to fit the context window by dropping items from the beginning of the conversation.
                - `disabled` (default): If the input size will exceed the context window size for a model, the request
                  will fail with a 400 error.
            reasoning: **gpt-5 and o-series models only**

                Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
            input: Text, image, or file inputs to the model, used to generate a response.

                Learn more:

                - [Text inputs and outputs](/docs/guides/text)
                - [Image inputs](/docs/guides/images)
                - [File inputs](/docs/guides/pdf-files)
                - [Conversation state](/docs/guides/conversation-state)
                - [Function calling](/docs/guides/function-calling)
            include: Specify additional output data to include in the model response. Currently supported values
                are:

                - `web_search_call.action.sources`: Include the sources of the web search tool call.
                - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter
                  tool call items.
                - `computer_call_output.output.image_url`: Include image urls from the computer call output.
                - `file_search_call.results`: Include the search results of the file search tool call.
                - `message.input_image.image_url`: Include image urls from the input message.
                - `message.output_text.logprobs`: Include logprobs with assistant messages.
                - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item
                  outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses
                  API statelessly (like when the `store` parameter is set to `false`, or when an organization is
                  enrolled in the zero data retention program).
            parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
            store: Whether to store the generated model response for later retrieval via API.
            instructions: A system (or developer) message inserted into the model's context.

                When using along with `previous_response_id`, the instructions from a previous response will not be
                carried over to the next response. This makes it simple to swap out system (or developer) messages in
                new responses.
            moderation: Configuration for running moderation on the input and output of this response.
            stream: If set to true, the model response data will be streamed to the client as it is generated using
                [server-sent
                events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
                See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
            stream_options: Options for streaming responses. Only set this when you set `stream: true`.
            conversation: The conversation that this response belongs to. Items from this conversation are prepended
                to `input_items` for this response request. Input items and output items from this response are
                automatically added to this conversation after this response completes.
            context_management: Context management configuration for this request.
            max_output_tokens: An upper bound for the number of tokens that can be generated for a response,
                including visible output tokens and [reasoning tokens](/docs/guides/reasoning).
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._parse(
            {
                "text_format": text_format,
                "metadata": metadata,
                "top_logprobs": top_logprobs,
                "temperature": temperature,
                "top_p": top_p,
                "user": user,
                "safety_identifier": safety_identifier,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_retention": prompt_cache_retention,
                "prompt_cache_options": prompt_cache_options,
                "previous_response_id": previous_response_id,
                "model": model,
                "background": background,
                "max_tool_calls": max_tool_calls,
                "text": text,
                "tools": tools,
                "tool_choice": tool_choice,
                "prompt": prompt,
                "service_tier": service_tier,
                "truncation": truncation,
                "reasoning": reasoning,
                "input": input,
                "include": include,
                "parallel_tool_calls": parallel_tool_calls,
                "store": store,
                "instructions": instructions,
                "moderation": moderation,
                "stream": stream,
                "stream_options": stream_options,
                "conversation": conversation,
                "context_management": context_management,
                "max_output_tokens": max_output_tokens,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            }
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
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: ResponsePromptParam | None | Omit = omit,
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
        conversation: ResponseConversationParamParam | str | None | Omit = omit,
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
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: ResponsePromptParam | None | Omit = omit,
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
        conversation: ResponseConversationParamParam | str | None | Omit = omit,
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
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: ResponsePromptParam | None | Omit = omit,
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
        conversation: ResponseConversationParamParam | str | None | Omit = omit,
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
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: ResponsePromptParam | None | Omit = omit,
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
        conversation: ResponseConversationParamParam | str | None | Omit = omit,
        context_management: Iterable[response_create_params.ContextManagement] | None | Omit = omit,
        max_output_tokens: int | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Response | AsyncStream[ResponseStreamEvent]:
        """Creates a model response. Provide [text](/docs/guides/text) or [image](/docs/guides/images) inputs to
        generate [text](/docs/guides/text) or [JSON](/docs/guides/structured-outputs) outputs. Have the model call
        your own [custom code](/docs/guides/function-calling) or use built-in [tools](/docs/guides/tools) like [web
        search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search) to use your own data
        as input for the model's response.

        Args:
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
                additional information about the object in a structured format, and querying for objects via API or the
                dashboard.

                Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
                characters.
            top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return
                at each token position, each with an associated log probability. In some cases, the number of returned
                tokens may be fewer than requested.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the
                output more random, while lower values like 0.2 will make it more focused and deterministic. We
                generally recommend altering this or `top_p` but not both.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers
                the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top
                10% probability mass are considered.

                We generally recommend altering this or `temperature` but not both.
            user: Deprecated. This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use
                `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users.
                Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and
                prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
            safety_identifier: A stable identifier used to help detect users of your application that may be
                violating OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a
                maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid
                sending us any identifying information. [Learn
                more](/docs/guides/safety-best-practices#safety-identifiers).
            prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit
                rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
            prompt_cache_retention: Deprecated. Use `prompt_cache_options.ttl` instead.

                The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps
                cached prefixes active for longer, up to a maximum of 24 hours. [Learn
                more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention
                policy, while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are
                independent and do not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is
                supported.

                For older models that support both `in_memory` and `24h`, the default depends on your organization's
                data retention policy:

                  - Organizations without ZDR enabled default to `24h`.
                  - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not
                    specified.
            prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default,
                OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content
                blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache
                matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block
                lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to
                `30m`, which is currently the only supported value. See the [prompt caching
                guide](/docs/guides/prompt-caching) for current details.
            previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
                conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
                conjunction with `conversation`.
            model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of
                models with different capabilities, performance characteristics, and price points. Refer to the [model
                guide](/docs/models) to browse and compare available models.
            background: Whether to run the model response in the background. [Learn more](/docs/guides/background).
            max_tool_calls: The maximum number of total calls to built-in tools that can be processed in a response.
                This maximum number applies across all built-in tool calls, not per individual tool. Any further
                attempts to call a tool by the model will be ignored.
            text: Configuration options for a text response from the model. Can be plain text or structured JSON
                data. Learn more:

                - [Text inputs and outputs](/docs/guides/text)
                - [Structured Outputs](/docs/guides/structured-outputs)
            tools: An array of tools the model may call while generating a response. You can specify which tool to
                use by setting the `tool_choice` parameter.

                We support the following categories of tools:

                - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web
                  search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search). Learn more
                  about [built-in tools](/docs/guides/tools).
                - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors
                  such as Google Drive and SharePoint. Learn more about [MCP Tools](/docs/guides/tools-connectors-mcp).
                - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your
                  own code with strongly typed arguments and outputs. Learn more about [function
                  calling](/docs/guides/function-calling). You can also use custom tools to call your own code.
            tool_choice: How the model should select which tool (or tools) to use when generating a response. See
                the `tools` parameter to see how to specify which tools the model can call.
            prompt: Reference to a prompt template and its variables. [Learn
                more](/docs/guides/text?api-mode=responses#reusable-prompts).
            service_tier: Specifies the processing type used for serving the request.

                  - If set to 'auto', then the request will be processed with the service tier configured in the Project
                    settings. Unless otherwise configured, the Project will use 'default'.
                  - If set to 'default', then the request will be processed with the standard pricing and performance
                    for the selected model.
                  - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex
                    Processing service tier.
                  - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
                    `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The
                    response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or
                    `priority` in your request.
                  - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast
                    Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served
                    through it will show `service_tier=ultrafast`.
                  - When not set, the default behavior is 'auto'.

                When the `service_tier` parameter is set, the response body will include the `service_tier` value based
                on the processing mode actually used to serve the request. This response value may be different from the
                value set in the parameter.
            truncation: Deprecated. The truncation strategy to use for the model response.

                - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate
                  the response to fit the context window by dropping items from the beginning of the conversation.
                - `disabled` (default): If the input size will exceed the context window size for a model, the request
                  will fail with a 400 error.
            reasoning: **gpt-5 and o-series models only**

                Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
            input: Text, image, or file inputs to the model, used to generate a response.

                Learn more:

                - [Text inputs and outputs](/docs/guides/text)
                - [Image inputs](/docs/guides/images)
                - [File inputs](/docs/guides/pdf-files)
                - [Conversation state](/docs/guides/conversation-state)
                - [Function calling](/docs/guides/function-calling)
            include: Specify additional output data to include in the model response. Currently supported values
                are:

                - `web_search_call.action.sources`: Include the sources of the web search tool call.
                - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter
                  tool call items.
                - `computer_call_output.output.image_url`: Include image urls from the computer call output.
                - `file_search_call.results`: Include the search results of the file search tool call.
                - `message.input_image.image_url`: Include image urls from the input message.
                - `message.output_text.logprobs`: Include logprobs with assistant messages.
                - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item
                  outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses
                  API statelessly (like when the `store` parameter is set to `false`, or when an organization is
                  enrolled in the zero data retention program).
            parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
            store: Whether to store the generated model response for later retrieval via API.
            instructions: A system (or developer) message inserted into the model's context.

                When using along with `previous_response_id`, the instructions from a previous response will not be
                carried over to the next response. This makes it simple to swap out system (or developer) messages in
                new responses.
            moderation: Configuration for running moderation on the input and output of this response.
            stream: If set to true, the model response data will be streamed to the client as it is generated using
                [server-sent
                events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
                See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
            stream_options: Options for streaming responses. Only set this when you set `stream: true`.
            conversation: The conversation that this response belongs to. Items from this conversation are prepended
                to `input_items` for this response request. Input items and output items from this response are
                automatically added to this conversation after this response completes.
            context_management: Context management configuration for this request.
            max_output_tokens: An upper bound for the number of tokens that can be generated for a response,
                including visible output tokens and [reasoning tokens](/docs/guides/reasoning).
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
        """Retrieves a model response with the given ID.

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
                characters to an `obfuscation` field on streaming delta events to normalize payload sizes as a
                mitigation to certain side-channel attacks. These obfuscation fields are included by default, but add a
                small amount of overhead to the data stream. You can set `include_obfuscation` to false to optimize for
                bandwidth if you trust the network links between your application and the OpenAI API.
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
        """Deletes a model response with the given ID.

        Args:
            response_id: The ID of the response to delete.
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
        """Cancels a model response with the given ID. Only responses created with the `background` parameter set to
        `true` can be cancelled. [Learn more](/docs/guides/background).

        Args:
            response_id: The ID of the response to cancel.
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
    ) -> CompactedResponse:
        """Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation state
        guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details,
        see [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
            model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of
                models with different capabilities, performance characteristics, and price points. Refer to the [model
                guide](/docs/models) to browse and compare available models.
            input: Text, image, or file inputs to the model, used to generate a response
            previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
                conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
                conjunction with `conversation`.
            instructions: A system (or developer) message inserted into the model's context. When used along with
                `previous_response_id`, the instructions from a previous response will not be carried over to the next
                response. This makes it simple to swap out system (or developer) messages in new responses.
            prompt_cache_key: A key to use when reading from or writing to the prompt cache.
            prompt_cache_retention: How long to retain a prompt cache entry created by this request.
            prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default,
                OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content
                blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache
                matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block
                lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to
                `30m`, which is currently the only supported value. See the [prompt caching
                guide](/docs/guides/prompt-caching) for current details.
            service_tier: Specifies the processing type used for serving the request.   - If set to 'auto', then the
                request will be processed with the service tier configured in the Project settings. Unless otherwise
                configured, the Project will use 'default'.   - If set to 'default', then the request will be processed
                with the standard pricing and performance for the selected model.   - If set to
                '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing
                service tier.   - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
                `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response
                will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your
                request.   - When not set, the default behavior is 'auto'. When the `service_tier` parameter is set, the
                response body will include the `service_tier` value based on the processing mode actually used to serve
                the request. This response value may be different from the value set in the parameter.
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

    def stream(
        self,
        *,
        text_format: type[Any] | Omit = omit,
        response_id: str | Omit = omit,
        starting_after: int | Omit = omit,
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
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: ResponsePromptParam | None | Omit = omit,
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
        stream_options: response_create_params.StreamOptions | None | Omit = omit,
        conversation: ResponseConversationParamParam | str | None | Omit = omit,
        context_management: Iterable[response_create_params.ContextManagement] | None | Omit = omit,
        max_output_tokens: int | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncResponseStreamManager[ResponseStreamEvent]:
        """Stream a response's events: ``with client.responses.stream(model=..., input=...) as stream``, then
        ``stream.get_final_response()``; or, with ``response_id`` (and ``starting_after``, a sequence number), the
        events of a stored background response.

        Args:
            text_format: A pydantic model class: the request asks for JSON of its schema (strict), and
                ``get_final_response()`` answers a ``ParsedResponse`` whose ``output_parsed`` is an instance (pydantic
                is imported only then).
            response_id: The ID of the response to retrieve.
            starting_after: The sequence number of the event after which to start streaming.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
                additional information about the object in a structured format, and querying for objects via API or the
                dashboard.

                Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
                characters.
            top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return
                at each token position, each with an associated log probability. In some cases, the number of returned
                tokens may be fewer than requested.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the
                output more random, while lower values like 0.2 will make it more focused and deterministic. We
                generally recommend altering this or `top_p` but not both.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers
                the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top
                10% probability mass are considered.

                We generally recommend altering this or `temperature` but not both.
            user: Deprecated. This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use
                `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users.
                Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and
                prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
            safety_identifier: A stable identifier used to help detect users of your application that may be
                violating OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a
                maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid
                sending us any identifying information. [Learn
                more](/docs/guides/safety-best-practices#safety-identifiers).
            prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit
                rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
            prompt_cache_retention: Deprecated. Use `prompt_cache_options.ttl` instead.

                The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps
                cached prefixes active for longer, up to a maximum of 24 hours. [Learn
                more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention
                policy, while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are
                independent and do not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is
                supported.

                For older models that support both `in_memory` and `24h`, the default depends on your organization's
                data retention policy:

                  - Organizations without ZDR enabled default to `24h`.
                  - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not
                    specified.
            prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default,
                OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content
                blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache
                matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block
                lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to
                `30m`, which is currently the only supported value. See the [prompt caching
                guide](/docs/guides/prompt-caching) for current details.
            previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
                conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
                conjunction with `conversation`.
            model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of
                models with different capabilities, performance characteristics, and price points. Refer to the [model
                guide](/docs/models) to browse and compare available models.
            background: Whether to run the model response in the background. [Learn more](/docs/guides/background).
            max_tool_calls: The maximum number of total calls to built-in tools that can be processed in a response.
                This maximum number applies across all built-in tool calls, not per individual tool. Any further
                attempts to call a tool by the model will be ignored.
            text: Configuration options for a text response from the model. Can be plain text or structured JSON
                data. Learn more:

                - [Text inputs and outputs](/docs/guides/text)
                - [Structured Outputs](/docs/guides/structured-outputs)
            tools: An array of tools the model may call while generating a response. You can specify which tool to
                use by setting the `tool_choice` parameter.

                We support the following categories of tools:

                - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web
                  search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search). Learn more
                  about [built-in tools](/docs/guides/tools).
                - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors
                  such as Google Drive and SharePoint. Learn more about [MCP Tools](/docs/guides/tools-connectors-mcp).
                - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your
                  own code with strongly typed arguments and outputs. Learn more about [function
                  calling](/docs/guides/function-calling). You can also use custom tools to call your own code.
            tool_choice: How the model should select which tool (or tools) to use when generating a response. See
                the `tools` parameter to see how to specify which tools the model can call.
            prompt: Reference to a prompt template and its variables. [Learn
                more](/docs/guides/text?api-mode=responses#reusable-prompts).
            service_tier: Specifies the processing type used for serving the request.

                  - If set to 'auto', then the request will be processed with the service tier configured in the Project
                    settings. Unless otherwise configured, the Project will use 'default'.
                  - If set to 'default', then the request will be processed with the standard pricing and performance
                    for the selected model.
                  - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex
                    Processing service tier.
                  - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
                    `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The
                    response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or
                    `priority` in your request.
                  - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast
                    Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served
                    through it will show `service_tier=ultrafast`.
                  - When not set, the default behavior is 'auto'.

                When the `service_tier` parameter is set, the response body will include the `service_tier` value based
                on the processing mode actually used to serve the request. This response value may be different from the
                value set in the parameter.
            truncation: Deprecated. The truncation strategy to use for the model response.

                - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate
                  the response to fit the context window by dropping items from the beginning of the conversation.
                - `disabled` (default): If the input size will exceed the context window size for a model, the request
                  will fail with a 400 error.
            reasoning: **gpt-5 and o-series models only**

                Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
            input: Text, image, or file inputs to the model, used to generate a response.

                Learn more:

                - [Text inputs and outputs](/docs/guides/text)
                - [Image inputs](/docs/guides/images)
                - [File inputs](/docs/guides/pdf-files)
                - [Conversation state](/docs/guides/conversation-state)
                - [Function calling](/docs/guides/function-calling)
            include: Specify additional output data to include in the model response. Currently supported values
                are:

                - `web_search_call.action.sources`: Include the sources of the web search tool call.
                - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter
                  tool call items.
                - `computer_call_output.output.image_url`: Include image urls from the computer call output.
                - `file_search_call.results`: Include the search results of the file search tool call.
                - `message.input_image.image_url`: Include image urls from the input message.
                - `message.output_text.logprobs`: Include logprobs with assistant messages.
                - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item
                  outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses
                  API statelessly (like when the `store` parameter is set to `false`, or when an organization is
                  enrolled in the zero data retention program).
            parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
            store: Whether to store the generated model response for later retrieval via API.
            instructions: A system (or developer) message inserted into the model's context.

                When using along with `previous_response_id`, the instructions from a previous response will not be
                carried over to the next response. This makes it simple to swap out system (or developer) messages in
                new responses.
            moderation: Configuration for running moderation on the input and output of this response.
            stream_options: Options for streaming responses. Only set this when you set `stream: true`.
            conversation: The conversation that this response belongs to. Items from this conversation are prepended
                to `input_items` for this response request. Input items and output items from this response are
                automatically added to this conversation after this response completes.
            context_management: Context management configuration for this request.
            max_output_tokens: An upper bound for the number of tokens that can be generated for a response,
                including visible output tokens and [reasoning tokens](/docs/guides/reasoning).
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return self._stream(
            {
                "text_format": text_format,
                "response_id": response_id,
                "starting_after": starting_after,
                "metadata": metadata,
                "top_logprobs": top_logprobs,
                "temperature": temperature,
                "top_p": top_p,
                "user": user,
                "safety_identifier": safety_identifier,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_retention": prompt_cache_retention,
                "prompt_cache_options": prompt_cache_options,
                "previous_response_id": previous_response_id,
                "model": model,
                "background": background,
                "max_tool_calls": max_tool_calls,
                "text": text,
                "tools": tools,
                "tool_choice": tool_choice,
                "prompt": prompt,
                "service_tier": service_tier,
                "truncation": truncation,
                "reasoning": reasoning,
                "input": input,
                "include": include,
                "parallel_tool_calls": parallel_tool_calls,
                "store": store,
                "instructions": instructions,
                "moderation": moderation,
                "stream_options": stream_options,
                "conversation": conversation,
                "context_management": context_management,
                "max_output_tokens": max_output_tokens,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            }
        )

    async def parse(
        self,
        *,
        text_format: type[TextFormatT] | Omit = omit,
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
        text: ResponseTextConfigParam | Omit = omit,
        tools: Iterable[ToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Literal["auto", "none", "required"] | Omit = omit,
        prompt: ResponsePromptParam | None | Omit = omit,
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
        conversation: ResponseConversationParamParam | str | None | Omit = omit,
        context_management: Iterable[response_create_params.ContextManagement] | None | Omit = omit,
        max_output_tokens: int | None | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ParsedResponse[TextFormatT]:
        """Create a response and parse it: ``output_parsed`` is the output text read as ``text_format``, and the
        arguments of calls to function tools given with ``strict`` are read into ``parsed_arguments``.

        Args:
            text_format: A pydantic model class: the request asks for JSON of its schema (``text.format``, strict)
                and each output text's ``parsed`` (and ``output_parsed``) is an instance of it. pydantic is imported
                only then.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
                additional information about the object in a structured format, and querying for objects via API or the
                dashboard.

                Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
                characters.
            top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return
                at each token position, each with an associated log probability. In some cases, the number of returned
                tokens may be fewer than requested.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the
                output more random, while lower values like 0.2 will make it more focused and deterministic. We
                generally recommend altering this or `top_p` but not both.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers
                the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top
                10% probability mass are considered.

                We generally recommend altering this or `temperature` but not both.
            user: Deprecated. This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use
                `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users.
                Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and
                prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
            safety_identifier: A stable identifier used to help detect users of your application that may be
                violating OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a
                maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid
                sending us any identifying information. [Learn
                more](/docs/guides/safety-best-practices#safety-identifiers).
            prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit
                rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
            prompt_cache_retention: Deprecated. Use `prompt_cache_options.ttl` instead.

                The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps
                cached prefixes active for longer, up to a maximum of 24 hours. [Learn
                more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention
                policy, while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are
                independent and do not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is
                supported.

                For older models that support both `in_memory` and `24h`, the default depends on your organization's
                data retention policy:

                  - Organizations without ZDR enabled default to `24h`.
                  - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not
                    specified.
            prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default,
                OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content
                blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache
                matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block
                lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to
                `30m`, which is currently the only supported value. See the [prompt caching
                guide](/docs/guides/prompt-caching) for current details.
            previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
                conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
                conjunction with `conversation`.
            model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of
                models with different capabilities, performance characteristics, and price points. Refer to the [model
                guide](/docs/models) to browse and compare available models.
            background: Whether to run the model response in the background. [Learn more](/docs/guides/background).
            max_tool_calls: The maximum number of total calls to built-in tools that can be processed in a response.
                This maximum number applies across all built-in tool calls, not per individual tool. Any further
                attempts to call a tool by the model will be ignored.
            text: Configuration options for a text response from the model. Can be plain text or structured JSON
                data. Learn more:

                - [Text inputs and outputs](/docs/guides/text)
                - [Structured Outputs](/docs/guides/structured-outputs)
            tools: An array of tools the model may call while generating a response. You can specify which tool to
                use by setting the `tool_choice` parameter.

                We support the following categories of tools:

                - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web
                  search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search). Learn more
                  about [built-in tools](/docs/guides/tools).
                - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors
                  such as Google Drive and SharePoint. Learn more about [MCP Tools](/docs/guides/tools-connectors-mcp).
                - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your
                  own code with strongly typed arguments and outputs. Learn more about [function
                  calling](/docs/guides/function-calling). You can also use custom tools to call your own code.
            tool_choice: How the model should select which tool (or tools) to use when generating a response. See
                the `tools` parameter to see how to specify which tools the model can call.
            prompt: Reference to a prompt template and its variables. [Learn
                more](/docs/guides/text?api-mode=responses#reusable-prompts).
            service_tier: Specifies the processing type used for serving the request.

                  - If set to 'auto', then the request will be processed with the service tier configured in the Project
                    settings. Unless otherwise configured, the Project will use 'default'.
                  - If set to 'default', then the request will be processed with the standard pricing and performance
                    for the selected model.
                  - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex
                    Processing service tier.
                  - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
                    `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The
                    response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or
                    `priority` in your request.
                  - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast
                    Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served
                    through it will show `service_tier=ultrafast`.
                  - When not set, the default behavior is 'auto'.

                When the `service_tier` parameter is set, the response body will include the `service_tier` value based
                on the processing mode actually used to serve the request. This response value may be different from the
                value set in the parameter.
            truncation: Deprecated. The truncation strategy to use for the model response.

                - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate
                  the response to fit the context window by dropping items from the beginning of the conversation.
                - `disabled` (default): If the input size will exceed the context window size for a model, the request
                  will fail with a 400 error.
            reasoning: **gpt-5 and o-series models only**

                Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
            input: Text, image, or file inputs to the model, used to generate a response.

                Learn more:

                - [Text inputs and outputs](/docs/guides/text)
                - [Image inputs](/docs/guides/images)
                - [File inputs](/docs/guides/pdf-files)
                - [Conversation state](/docs/guides/conversation-state)
                - [Function calling](/docs/guides/function-calling)
            include: Specify additional output data to include in the model response. Currently supported values
                are:

                - `web_search_call.action.sources`: Include the sources of the web search tool call.
                - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter
                  tool call items.
                - `computer_call_output.output.image_url`: Include image urls from the computer call output.
                - `file_search_call.results`: Include the search results of the file search tool call.
                - `message.input_image.image_url`: Include image urls from the input message.
                - `message.output_text.logprobs`: Include logprobs with assistant messages.
                - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item
                  outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses
                  API statelessly (like when the `store` parameter is set to `false`, or when an organization is
                  enrolled in the zero data retention program).
            parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
            store: Whether to store the generated model response for later retrieval via API.
            instructions: A system (or developer) message inserted into the model's context.

                When using along with `previous_response_id`, the instructions from a previous response will not be
                carried over to the next response. This makes it simple to swap out system (or developer) messages in
                new responses.
            moderation: Configuration for running moderation on the input and output of this response.
            stream: If set to true, the model response data will be streamed to the client as it is generated using
                [server-sent
                events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
                See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
            stream_options: Options for streaming responses. Only set this when you set `stream: true`.
            conversation: The conversation that this response belongs to. Items from this conversation are prepended
                to `input_items` for this response request. Input items and output items from this response are
                automatically added to this conversation after this response completes.
            context_management: Context management configuration for this request.
            max_output_tokens: An upper bound for the number of tokens that can be generated for a response,
                including visible output tokens and [reasoning tokens](/docs/guides/reasoning).
            extra_headers: Headers to send with this request, on top of the client's.
            extra_query: Query parameters to add to this request's URL.
            extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
            timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.
        """
        return await self._parse(
            {
                "text_format": text_format,
                "metadata": metadata,
                "top_logprobs": top_logprobs,
                "temperature": temperature,
                "top_p": top_p,
                "user": user,
                "safety_identifier": safety_identifier,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_retention": prompt_cache_retention,
                "prompt_cache_options": prompt_cache_options,
                "previous_response_id": previous_response_id,
                "model": model,
                "background": background,
                "max_tool_calls": max_tool_calls,
                "text": text,
                "tools": tools,
                "tool_choice": tool_choice,
                "prompt": prompt,
                "service_tier": service_tier,
                "truncation": truncation,
                "reasoning": reasoning,
                "input": input,
                "include": include,
                "parallel_tool_calls": parallel_tool_calls,
                "store": store,
                "instructions": instructions,
                "moderation": moderation,
                "stream": stream,
                "stream_options": stream_options,
                "conversation": conversation,
                "context_management": context_management,
                "max_output_tokens": max_output_tokens,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
            }
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
        self.parse = to_raw_response_wrapper(responses.parse)

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
        self.parse = async_to_raw_response_wrapper(responses.parse)

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
        self.parse = to_streamed_response_wrapper(responses.parse)

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
        self.parse = async_to_streamed_response_wrapper(responses.parse)

    @cached_property
    def input_items(self) -> AsyncInputItemsWithStreamingResponse:
        from .input_items import AsyncInputItemsWithStreamingResponse

        return AsyncInputItemsWithStreamingResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> AsyncInputTokensWithStreamingResponse:
        from .input_tokens import AsyncInputTokensWithStreamingResponse

        return AsyncInputTokensWithStreamingResponse(self._responses.input_tokens)
