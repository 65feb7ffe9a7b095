# Generated from openapi.yaml by make generate; do not edit.
"""``POST /responses``: the raw operation, in four flavours (sync, async, each
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
from ...models.additional_tools_item_param import AdditionalToolsItemParam
from ...models.allowed_tools import AllowedTools
from ...models.apply_patch_tool import ApplyPatchTool
from ...models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
from ...models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
from ...models.code_interpreter import CodeInterpreter
from ...models.code_interpreter_tool_call import CodeInterpreterToolCall
from ...models.compaction_summary_item_param import CompactionSummaryItemParam
from ...models.compaction_trigger import CompactionTrigger
from ...models.computer import Computer
from ...models.computer_call_output_item_param import ComputerCallOutputItemParam
from ...models.computer_tool_call import ComputerToolCall
from ...models.computer_use_preview import ComputerUsePreview
from ...models.context_management_param import ContextManagementParam
from ...models.conversation_object import ConversationObject
from ...models.create_response_prompt_cache_retention_type_0 import CreateResponsePromptCacheRetentionType0
from ...models.create_response_truncation_type_0 import CreateResponseTruncationType0
from ...models.custom_tool_call import CustomToolCall
from ...models.custom_tool_call_output import CustomToolCallOutput
from ...models.custom_tool_param import CustomToolParam
from ...models.easy_input_message import EasyInputMessage
from ...models.file_search_tool import FileSearchTool
from ...models.function import Function
from ...models.function_call_output_item_param import FunctionCallOutputItemParam
from ...models.function_shell_call_item_param import FunctionShellCallItemParam
from ...models.function_tool import FunctionTool
from ...models.hosted_tool import HostedTool
from ...models.image_generation_call import ImageGenerationCall
from ...models.image_generation_tool import ImageGenerationTool
from ...models.include_enum import IncludeEnum
from ...models.input_message import InputMessage
from ...models.item_reference import ItemReference
from ...models.local_shell_call import LocalShellCall
from ...models.local_shell_call_output import LocalShellCallOutput
from ...models.local_shell_tool import LocalShellTool
from ...models.mcp_approval_request import MCPApprovalRequest
from ...models.mcp_approval_response import MCPApprovalResponse
from ...models.mcp_list_tools import MCPListTools
from ...models.mcp_tool import MCPTool
from ...models.mcp_tool_call import MCPToolCall
from ...models.model_ids_shared_type_1 import ModelIdsSharedType1
from ...models.moderation_param import ModerationParam
from ...models.namespace import Namespace
from ...models.program_item_param import ProgramItemParam
from ...models.program_output_item_param import ProgramOutputItemParam
from ...models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
from ...models.prompt_cache_options_param import PromptCacheOptionsParam
from ...models.prompt_type_0 import PromptType0
from ...models.reasoning import Reasoning
from ...models.response import Response
from ...models.response_file_search_tool_call import ResponseFileSearchToolCall
from ...models.response_function_tool_call import ResponseFunctionToolCall
from ...models.response_output_message import ResponseOutputMessage
from ...models.response_reasoning_item import ResponseReasoningItem
from ...models.response_stream_event import ResponseStreamEvent, parse_response_stream_event
from ...models.response_stream_options_type_0 import ResponseStreamOptionsType0
from ...models.response_text_param import ResponseTextParam
from ...models.responses_only_model import ResponsesOnlyModel
from ...models.service_tier_responses_type_0 import ServiceTierResponsesType0
from ...models.shell_tool import ShellTool
from ...models.shell_tool_call_output import ShellToolCallOutput
from ...models.specific_apply_patch_tool_choice import SpecificApplyPatchToolChoice
from ...models.specific_programmatic_tool_calling_param import SpecificProgrammaticToolCallingParam
from ...models.specific_shell_tool_choice import SpecificShellToolChoice
from ...models.tool_choice_custom import ToolChoiceCustom
from ...models.tool_choice_mcp import ToolChoiceMCP
from ...models.tool_choice_mode import ToolChoiceMode
from ...models.tool_search_call_item_param import ToolSearchCallItemParam
from ...models.tool_search_output_item_param import ToolSearchOutputItemParam
from ...models.tool_search_tool import ToolSearchTool
from ...models.web_search_preview import WebSearchPreview
from ...models.web_search_tool import WebSearchTool
from ...models.web_search_tool_call import WebSearchToolCall
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
OPERATION = ("POST", "/responses")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "metadata": {"$ref": "Metadata"},
    "top_logprobs": {"type": "integer", "minimum": 0, "maximum": 20},
    "temperature": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 2}, {"type": "null"}]},
    "top_p": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
    "user": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    "safety_identifier": {"anyOf": [{"type": "string", "maxLength": 64}, {"type": "null"}]},
    "prompt_cache_key": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    "prompt_cache_retention": {"anyOf": [{"type": "string", "enum": ["in_memory", "24h"]}, {"type": "null"}]},
    "prompt_cache_options": {"$ref": "PromptCacheOptionsParam"},
    "previous_response_id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    "model": {"$ref": "ModelIdsResponses"},
    "background": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
    "max_tool_calls": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
    "text": {"$ref": "ResponseTextParam"},
    "tools": {"$ref": "ToolsArray"},
    "tool_choice": {"$ref": "ToolChoiceParam"},
    "prompt": {"$ref": "Prompt"},
    "service_tier": {"$ref": "ServiceTierResponses"},
    "truncation": {"anyOf": [{"type": "string", "enum": ["auto", "disabled"]}, {"type": "null"}]},
    "reasoning": {"anyOf": [{"$ref": "Reasoning"}, {"type": "null"}]},
    "input": {"$ref": "InputParam"},
    "include": {"anyOf": [{"type": "array", "items": {"$ref": "IncludeEnum"}}, {"type": "null"}]},
    "parallel_tool_calls": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
    "store": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
    "instructions": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    "moderation": {"anyOf": [{"$ref": "ModerationParam"}, {"type": "null"}]},
    "stream": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
    "stream_options": {"$ref": "ResponseStreamOptions"},
    "conversation": {"anyOf": [{"$ref": "ConversationParam"}, {"type": "null"}]},
    "context_management": {
        "anyOf": [{"type": "array", "minItems": 1, "items": {"$ref": "ContextManagementParam"}}, {"type": "null"}]
    },
    "max_output_tokens": {"anyOf": [{"type": "integer", "minimum": 16}, {"type": "null"}]},
}


def request_options(
    *,
    metadata: dict[str, str] | None | Omit = omit,
    top_logprobs: int | Omit = omit,
    temperature: float | None | Omit = omit,
    top_p: float | None | Omit = omit,
    user: str | None | Omit = omit,
    safety_identifier: str | None | Omit = omit,
    prompt_cache_key: str | None | Omit = omit,
    prompt_cache_retention: CreateResponsePromptCacheRetentionType0 | None | Omit = omit,
    prompt_cache_options: PromptCacheOptionsParam | Mapping[str, Any] | Omit = omit,
    previous_response_id: str | None | Omit = omit,
    model: str | ModelIdsSharedType1 | ResponsesOnlyModel | Omit = omit,
    background: bool | None | Omit = omit,
    max_tool_calls: int | None | Omit = omit,
    text: ResponseTextParam | Mapping[str, Any] | Omit = omit,
    tools: Iterable[
        Function
        | FileSearchTool
        | Computer
        | ComputerUsePreview
        | WebSearchTool
        | MCPTool
        | CodeInterpreter
        | ProgrammaticToolCallingParam
        | ImageGenerationTool
        | LocalShellTool
        | ShellTool
        | CustomToolParam
        | Namespace
        | ToolSearchTool
        | WebSearchPreview
        | ApplyPatchTool
        | Mapping[str, Any]
    ]
    | Omit = omit,
    tool_choice: ToolChoiceMode
    | AllowedTools
    | HostedTool
    | FunctionTool
    | ToolChoiceMCP
    | ToolChoiceCustom
    | SpecificProgrammaticToolCallingParam
    | SpecificApplyPatchToolChoice
    | SpecificShellToolChoice
    | Mapping[str, Any]
    | Omit = omit,
    prompt: PromptType0 | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierResponsesType0 | None | Omit = omit,
    truncation: CreateResponseTruncationType0 | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
    input: str
    | Iterable[
        EasyInputMessage
        | InputMessage
        | ResponseOutputMessage
        | ResponseFileSearchToolCall
        | ComputerToolCall
        | ComputerCallOutputItemParam
        | WebSearchToolCall
        | ResponseFunctionToolCall
        | FunctionCallOutputItemParam
        | ToolSearchCallItemParam
        | ToolSearchOutputItemParam
        | AdditionalToolsItemParam
        | ResponseReasoningItem
        | CompactionSummaryItemParam
        | ImageGenerationCall
        | CodeInterpreterToolCall
        | LocalShellCall
        | LocalShellCallOutput
        | FunctionShellCallItemParam
        | ShellToolCallOutput
        | ApplyPatchToolCallItemParam
        | ApplyPatchToolCallOutputItemParam
        | MCPListTools
        | MCPApprovalRequest
        | MCPApprovalResponse
        | MCPToolCall
        | CustomToolCallOutput
        | CustomToolCall
        | CompactionTrigger
        | ItemReference
        | ProgramItemParam
        | ProgramOutputItemParam
        | Mapping[str, Any]
    ]
    | Omit = omit,
    include: Iterable[IncludeEnum] | None | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    store: bool | None | Omit = omit,
    instructions: str | None | Omit = omit,
    moderation: ModerationParam | Mapping[str, Any] | None | Omit = omit,
    stream: bool | None | Omit = omit,
    stream_options: ResponseStreamOptionsType0 | Mapping[str, Any] | None | Omit = omit,
    conversation: str | ConversationObject | Mapping[str, Any] | None | Omit = omit,
    context_management: Iterable[ContextManagementParam | Mapping[str, Any]] | None | Omit = omit,
    max_output_tokens: int | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``POST /responses`` sends for these arguments."""
    tools = as_list(tools)
    input = as_list(input)
    include = as_list(include)
    context_management = as_list(context_management)
    check_arguments(
        _RULES,
        {
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
        },
    )
    return RequestOptions(
        method="POST",
        url="/responses",
        params=query_params({}, extra_query),
        json=json_body(
            {
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
            },
            extra_body,
        ),
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
    *,
    metadata: dict[str, str] | None | Omit = omit,
    top_logprobs: int | Omit = omit,
    temperature: float | None | Omit = omit,
    top_p: float | None | Omit = omit,
    user: str | None | Omit = omit,
    safety_identifier: str | None | Omit = omit,
    prompt_cache_key: str | None | Omit = omit,
    prompt_cache_retention: CreateResponsePromptCacheRetentionType0 | None | Omit = omit,
    prompt_cache_options: PromptCacheOptionsParam | Mapping[str, Any] | Omit = omit,
    previous_response_id: str | None | Omit = omit,
    model: str | ModelIdsSharedType1 | ResponsesOnlyModel | Omit = omit,
    background: bool | None | Omit = omit,
    max_tool_calls: int | None | Omit = omit,
    text: ResponseTextParam | Mapping[str, Any] | Omit = omit,
    tools: Iterable[
        Function
        | FileSearchTool
        | Computer
        | ComputerUsePreview
        | WebSearchTool
        | MCPTool
        | CodeInterpreter
        | ProgrammaticToolCallingParam
        | ImageGenerationTool
        | LocalShellTool
        | ShellTool
        | CustomToolParam
        | Namespace
        | ToolSearchTool
        | WebSearchPreview
        | ApplyPatchTool
        | Mapping[str, Any]
    ]
    | Omit = omit,
    tool_choice: ToolChoiceMode
    | AllowedTools
    | HostedTool
    | FunctionTool
    | ToolChoiceMCP
    | ToolChoiceCustom
    | SpecificProgrammaticToolCallingParam
    | SpecificApplyPatchToolChoice
    | SpecificShellToolChoice
    | Mapping[str, Any]
    | Omit = omit,
    prompt: PromptType0 | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierResponsesType0 | None | Omit = omit,
    truncation: CreateResponseTruncationType0 | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
    input: str
    | Iterable[
        EasyInputMessage
        | InputMessage
        | ResponseOutputMessage
        | ResponseFileSearchToolCall
        | ComputerToolCall
        | ComputerCallOutputItemParam
        | WebSearchToolCall
        | ResponseFunctionToolCall
        | FunctionCallOutputItemParam
        | ToolSearchCallItemParam
        | ToolSearchOutputItemParam
        | AdditionalToolsItemParam
        | ResponseReasoningItem
        | CompactionSummaryItemParam
        | ImageGenerationCall
        | CodeInterpreterToolCall
        | LocalShellCall
        | LocalShellCallOutput
        | FunctionShellCallItemParam
        | ShellToolCallOutput
        | ApplyPatchToolCallItemParam
        | ApplyPatchToolCallOutputItemParam
        | MCPListTools
        | MCPApprovalRequest
        | MCPApprovalResponse
        | MCPToolCall
        | CustomToolCallOutput
        | CustomToolCall
        | CompactionTrigger
        | ItemReference
        | ProgramItemParam
        | ProgramOutputItemParam
        | Mapping[str, Any]
    ]
    | Omit = omit,
    include: Iterable[IncludeEnum] | None | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    store: bool | None | Omit = omit,
    instructions: str | None | Omit = omit,
    moderation: ModerationParam | Mapping[str, Any] | None | Omit = omit,
    stream: bool | None | Omit = omit,
    stream_options: ResponseStreamOptionsType0 | Mapping[str, Any] | None | Omit = omit,
    conversation: str | ConversationObject | Mapping[str, Any] | None | Omit = omit,
    context_management: Iterable[ContextManagementParam | Mapping[str, Any]] | None | Omit = omit,
    max_output_tokens: int | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[Response]:
    """Send ``POST /responses`` and return the parsed result with the response details.

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

    Returns:
        Response[Response]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
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
        )
    )
    return build_response(response, parse_response(response))


def sync(
    client: Client,
    /,
    *,
    metadata: dict[str, str] | None | Omit = omit,
    top_logprobs: int | Omit = omit,
    temperature: float | None | Omit = omit,
    top_p: float | None | Omit = omit,
    user: str | None | Omit = omit,
    safety_identifier: str | None | Omit = omit,
    prompt_cache_key: str | None | Omit = omit,
    prompt_cache_retention: CreateResponsePromptCacheRetentionType0 | None | Omit = omit,
    prompt_cache_options: PromptCacheOptionsParam | Mapping[str, Any] | Omit = omit,
    previous_response_id: str | None | Omit = omit,
    model: str | ModelIdsSharedType1 | ResponsesOnlyModel | Omit = omit,
    background: bool | None | Omit = omit,
    max_tool_calls: int | None | Omit = omit,
    text: ResponseTextParam | Mapping[str, Any] | Omit = omit,
    tools: Iterable[
        Function
        | FileSearchTool
        | Computer
        | ComputerUsePreview
        | WebSearchTool
        | MCPTool
        | CodeInterpreter
        | ProgrammaticToolCallingParam
        | ImageGenerationTool
        | LocalShellTool
        | ShellTool
        | CustomToolParam
        | Namespace
        | ToolSearchTool
        | WebSearchPreview
        | ApplyPatchTool
        | Mapping[str, Any]
    ]
    | Omit = omit,
    tool_choice: ToolChoiceMode
    | AllowedTools
    | HostedTool
    | FunctionTool
    | ToolChoiceMCP
    | ToolChoiceCustom
    | SpecificProgrammaticToolCallingParam
    | SpecificApplyPatchToolChoice
    | SpecificShellToolChoice
    | Mapping[str, Any]
    | Omit = omit,
    prompt: PromptType0 | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierResponsesType0 | None | Omit = omit,
    truncation: CreateResponseTruncationType0 | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
    input: str
    | Iterable[
        EasyInputMessage
        | InputMessage
        | ResponseOutputMessage
        | ResponseFileSearchToolCall
        | ComputerToolCall
        | ComputerCallOutputItemParam
        | WebSearchToolCall
        | ResponseFunctionToolCall
        | FunctionCallOutputItemParam
        | ToolSearchCallItemParam
        | ToolSearchOutputItemParam
        | AdditionalToolsItemParam
        | ResponseReasoningItem
        | CompactionSummaryItemParam
        | ImageGenerationCall
        | CodeInterpreterToolCall
        | LocalShellCall
        | LocalShellCallOutput
        | FunctionShellCallItemParam
        | ShellToolCallOutput
        | ApplyPatchToolCallItemParam
        | ApplyPatchToolCallOutputItemParam
        | MCPListTools
        | MCPApprovalRequest
        | MCPApprovalResponse
        | MCPToolCall
        | CustomToolCallOutput
        | CustomToolCall
        | CompactionTrigger
        | ItemReference
        | ProgramItemParam
        | ProgramOutputItemParam
        | Mapping[str, Any]
    ]
    | Omit = omit,
    include: Iterable[IncludeEnum] | None | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    store: bool | None | Omit = omit,
    instructions: str | None | Omit = omit,
    moderation: ModerationParam | Mapping[str, Any] | None | Omit = omit,
    stream: bool | None | Omit = omit,
    stream_options: ResponseStreamOptionsType0 | Mapping[str, Any] | None | Omit = omit,
    conversation: str | ConversationObject | Mapping[str, Any] | None | Omit = omit,
    context_management: Iterable[ContextManagementParam | Mapping[str, Any]] | None | Omit = omit,
    max_output_tokens: int | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response:
    """Send ``POST /responses`` and return the parsed result.

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
            )
        )
    )


async def asyncio_detailed(
    client: Client,
    /,
    *,
    metadata: dict[str, str] | None | Omit = omit,
    top_logprobs: int | Omit = omit,
    temperature: float | None | Omit = omit,
    top_p: float | None | Omit = omit,
    user: str | None | Omit = omit,
    safety_identifier: str | None | Omit = omit,
    prompt_cache_key: str | None | Omit = omit,
    prompt_cache_retention: CreateResponsePromptCacheRetentionType0 | None | Omit = omit,
    prompt_cache_options: PromptCacheOptionsParam | Mapping[str, Any] | Omit = omit,
    previous_response_id: str | None | Omit = omit,
    model: str | ModelIdsSharedType1 | ResponsesOnlyModel | Omit = omit,
    background: bool | None | Omit = omit,
    max_tool_calls: int | None | Omit = omit,
    text: ResponseTextParam | Mapping[str, Any] | Omit = omit,
    tools: Iterable[
        Function
        | FileSearchTool
        | Computer
        | ComputerUsePreview
        | WebSearchTool
        | MCPTool
        | CodeInterpreter
        | ProgrammaticToolCallingParam
        | ImageGenerationTool
        | LocalShellTool
        | ShellTool
        | CustomToolParam
        | Namespace
        | ToolSearchTool
        | WebSearchPreview
        | ApplyPatchTool
        | Mapping[str, Any]
    ]
    | Omit = omit,
    tool_choice: ToolChoiceMode
    | AllowedTools
    | HostedTool
    | FunctionTool
    | ToolChoiceMCP
    | ToolChoiceCustom
    | SpecificProgrammaticToolCallingParam
    | SpecificApplyPatchToolChoice
    | SpecificShellToolChoice
    | Mapping[str, Any]
    | Omit = omit,
    prompt: PromptType0 | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierResponsesType0 | None | Omit = omit,
    truncation: CreateResponseTruncationType0 | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
    input: str
    | Iterable[
        EasyInputMessage
        | InputMessage
        | ResponseOutputMessage
        | ResponseFileSearchToolCall
        | ComputerToolCall
        | ComputerCallOutputItemParam
        | WebSearchToolCall
        | ResponseFunctionToolCall
        | FunctionCallOutputItemParam
        | ToolSearchCallItemParam
        | ToolSearchOutputItemParam
        | AdditionalToolsItemParam
        | ResponseReasoningItem
        | CompactionSummaryItemParam
        | ImageGenerationCall
        | CodeInterpreterToolCall
        | LocalShellCall
        | LocalShellCallOutput
        | FunctionShellCallItemParam
        | ShellToolCallOutput
        | ApplyPatchToolCallItemParam
        | ApplyPatchToolCallOutputItemParam
        | MCPListTools
        | MCPApprovalRequest
        | MCPApprovalResponse
        | MCPToolCall
        | CustomToolCallOutput
        | CustomToolCall
        | CompactionTrigger
        | ItemReference
        | ProgramItemParam
        | ProgramOutputItemParam
        | Mapping[str, Any]
    ]
    | Omit = omit,
    include: Iterable[IncludeEnum] | None | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    store: bool | None | Omit = omit,
    instructions: str | None | Omit = omit,
    moderation: ModerationParam | Mapping[str, Any] | None | Omit = omit,
    stream: bool | None | Omit = omit,
    stream_options: ResponseStreamOptionsType0 | Mapping[str, Any] | None | Omit = omit,
    conversation: str | ConversationObject | Mapping[str, Any] | None | Omit = omit,
    context_management: Iterable[ContextManagementParam | Mapping[str, Any]] | None | Omit = omit,
    max_output_tokens: int | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[Response]:
    """Send ``POST /responses`` and return the parsed result with the response details.

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

    Returns:
        Response[Response]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
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
        )
    )
    return build_response(response, parse_response(response))


async def asyncio(
    client: Client,
    /,
    *,
    metadata: dict[str, str] | None | Omit = omit,
    top_logprobs: int | Omit = omit,
    temperature: float | None | Omit = omit,
    top_p: float | None | Omit = omit,
    user: str | None | Omit = omit,
    safety_identifier: str | None | Omit = omit,
    prompt_cache_key: str | None | Omit = omit,
    prompt_cache_retention: CreateResponsePromptCacheRetentionType0 | None | Omit = omit,
    prompt_cache_options: PromptCacheOptionsParam | Mapping[str, Any] | Omit = omit,
    previous_response_id: str | None | Omit = omit,
    model: str | ModelIdsSharedType1 | ResponsesOnlyModel | Omit = omit,
    background: bool | None | Omit = omit,
    max_tool_calls: int | None | Omit = omit,
    text: ResponseTextParam | Mapping[str, Any] | Omit = omit,
    tools: Iterable[
        Function
        | FileSearchTool
        | Computer
        | ComputerUsePreview
        | WebSearchTool
        | MCPTool
        | CodeInterpreter
        | ProgrammaticToolCallingParam
        | ImageGenerationTool
        | LocalShellTool
        | ShellTool
        | CustomToolParam
        | Namespace
        | ToolSearchTool
        | WebSearchPreview
        | ApplyPatchTool
        | Mapping[str, Any]
    ]
    | Omit = omit,
    tool_choice: ToolChoiceMode
    | AllowedTools
    | HostedTool
    | FunctionTool
    | ToolChoiceMCP
    | ToolChoiceCustom
    | SpecificProgrammaticToolCallingParam
    | SpecificApplyPatchToolChoice
    | SpecificShellToolChoice
    | Mapping[str, Any]
    | Omit = omit,
    prompt: PromptType0 | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierResponsesType0 | None | Omit = omit,
    truncation: CreateResponseTruncationType0 | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
    input: str
    | Iterable[
        EasyInputMessage
        | InputMessage
        | ResponseOutputMessage
        | ResponseFileSearchToolCall
        | ComputerToolCall
        | ComputerCallOutputItemParam
        | WebSearchToolCall
        | ResponseFunctionToolCall
        | FunctionCallOutputItemParam
        | ToolSearchCallItemParam
        | ToolSearchOutputItemParam
        | AdditionalToolsItemParam
        | ResponseReasoningItem
        | CompactionSummaryItemParam
        | ImageGenerationCall
        | CodeInterpreterToolCall
        | LocalShellCall
        | LocalShellCallOutput
        | FunctionShellCallItemParam
        | ShellToolCallOutput
        | ApplyPatchToolCallItemParam
        | ApplyPatchToolCallOutputItemParam
        | MCPListTools
        | MCPApprovalRequest
        | MCPApprovalResponse
        | MCPToolCall
        | CustomToolCallOutput
        | CustomToolCall
        | CompactionTrigger
        | ItemReference
        | ProgramItemParam
        | ProgramOutputItemParam
        | Mapping[str, Any]
    ]
    | Omit = omit,
    include: Iterable[IncludeEnum] | None | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    store: bool | None | Omit = omit,
    instructions: str | None | Omit = omit,
    moderation: ModerationParam | Mapping[str, Any] | None | Omit = omit,
    stream: bool | None | Omit = omit,
    stream_options: ResponseStreamOptionsType0 | Mapping[str, Any] | None | Omit = omit,
    conversation: str | ConversationObject | Mapping[str, Any] | None | Omit = omit,
    context_management: Iterable[ContextManagementParam | Mapping[str, Any]] | None | Omit = omit,
    max_output_tokens: int | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response:
    """Send ``POST /responses`` and return the parsed result.

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
            )
        )
    )
