# Generated from openapi.yaml by make generate; do not edit.
"""``POST /responses/compact``: the raw operation, in four flavours (sync, async, each
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
from ...models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
from ...models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
from ...models.compacted_response import CompactedResponse
from ...models.compaction_trigger import CompactionTrigger
from ...models.computer_call_output_item_param import ComputerCallOutputItemParam
from ...models.easy_input_message import EasyInputMessage
from ...models.function_call_output_item_param import FunctionCallOutputItemParam
from ...models.function_shell_call_item_param import FunctionShellCallItemParam
from ...models.image_generation_call import ImageGenerationCall
from ...models.input_message import InputMessage
from ...models.item_reference import ItemReference
from ...models.local_shell_call import LocalShellCall
from ...models.local_shell_call_output import LocalShellCallOutput
from ...models.mcp_approval_request import MCPApprovalRequest
from ...models.mcp_approval_response import MCPApprovalResponse
from ...models.mcp_list_tools import MCPListTools
from ...models.mcp_tool_call import MCPToolCall
from ...models.model_ids_shared_type_1 import ModelIdsSharedType1
from ...models.program_item_param import ProgramItemParam
from ...models.program_output_item_param import ProgramOutputItemParam
from ...models.prompt_cache_options_param import PromptCacheOptionsParam
from ...models.prompt_cache_retention_enum import PromptCacheRetentionEnum
from ...models.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from ...models.response_compaction_item_param import ResponseCompactionItemParam
from ...models.response_computer_tool_call import ResponseComputerToolCall
from ...models.response_custom_tool_call import ResponseCustomToolCall
from ...models.response_custom_tool_call_output import ResponseCustomToolCallOutput
from ...models.response_file_search_tool_call import ResponseFileSearchToolCall
from ...models.response_function_tool_call import ResponseFunctionToolCall
from ...models.response_function_web_search import ResponseFunctionWebSearch
from ...models.response_output_message import ResponseOutputMessage
from ...models.response_reasoning_item import ResponseReasoningItem
from ...models.response_tool_search_output_item_param import ResponseToolSearchOutputItemParam
from ...models.responses_only_model import ResponsesOnlyModel
from ...models.service_tier_enum import ServiceTierEnum
from ...models.shell_tool_call_output import ShellToolCallOutput
from ...models.tool_search_call_item_param import ToolSearchCallItemParam
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
OPERATION = ("POST", "/responses/compact")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "model": {"$ref": "ModelIdsCompaction"},
    "input": {
        "anyOf": [
            {"oneOf": [{"type": "string", "maxLength": 10485760}, {"items": {"$ref": "InputItem"}, "type": "array"}]},
            {"type": "null"},
        ]
    },
    "previous_response_id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    "instructions": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    "prompt_cache_key": {"anyOf": [{"type": "string", "maxLength": 64}, {"type": "null"}]},
    "prompt_cache_retention": {"anyOf": [{"$ref": "PromptCacheRetentionEnum"}, {"type": "null"}]},
    "prompt_cache_options": {"anyOf": [{"$ref": "PromptCacheOptionsParam"}, {"type": "null"}]},
    "service_tier": {"anyOf": [{"$ref": "ServiceTierEnum"}, {"type": "null"}]},
}


def request_options(
    *,
    model: str | ModelIdsSharedType1 | ResponsesOnlyModel | None,
    input: str
    | Iterable[
        EasyInputMessage
        | InputMessage
        | ResponseOutputMessage
        | ResponseFileSearchToolCall
        | ResponseComputerToolCall
        | ComputerCallOutputItemParam
        | ResponseFunctionWebSearch
        | ResponseFunctionToolCall
        | FunctionCallOutputItemParam
        | ToolSearchCallItemParam
        | ResponseToolSearchOutputItemParam
        | AdditionalToolsItemParam
        | ResponseReasoningItem
        | ResponseCompactionItemParam
        | ImageGenerationCall
        | ResponseCodeInterpreterToolCall
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
        | ResponseCustomToolCallOutput
        | ResponseCustomToolCall
        | CompactionTrigger
        | ItemReference
        | ProgramItemParam
        | ProgramOutputItemParam
        | Mapping[str, Any]
    ]
    | None
    | Omit = omit,
    previous_response_id: str | None | Omit = omit,
    instructions: str | None | Omit = omit,
    prompt_cache_key: str | None | Omit = omit,
    prompt_cache_retention: PromptCacheRetentionEnum | None | Omit = omit,
    prompt_cache_options: PromptCacheOptionsParam | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierEnum | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``POST /responses/compact`` sends for these arguments."""
    input = as_list(input)
    check_arguments(
        _RULES,
        {
            "model": model,
            "input": input,
            "previous_response_id": previous_response_id,
            "instructions": instructions,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_retention": prompt_cache_retention,
            "prompt_cache_options": prompt_cache_options,
            "service_tier": service_tier,
        },
    )
    return RequestOptions(
        method="POST",
        url="/responses/compact",
        params=query_params({}, extra_query),
        json=json_body(
            {
                "model": model,
                "input": input,
                "previous_response_id": previous_response_id,
                "instructions": instructions,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_retention": prompt_cache_retention,
                "prompt_cache_options": prompt_cache_options,
                "service_tier": service_tier,
            },
            extra_body,
        ),
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> CompactedResponse:
    """The CompactedResponse in a 2xx response."""
    return CompactedResponse.from_dict(parse_object(response))


def sync_detailed(
    client: Client,
    /,
    *,
    model: str | ModelIdsSharedType1 | ResponsesOnlyModel | None,
    input: str
    | Iterable[
        EasyInputMessage
        | InputMessage
        | ResponseOutputMessage
        | ResponseFileSearchToolCall
        | ResponseComputerToolCall
        | ComputerCallOutputItemParam
        | ResponseFunctionWebSearch
        | ResponseFunctionToolCall
        | FunctionCallOutputItemParam
        | ToolSearchCallItemParam
        | ResponseToolSearchOutputItemParam
        | AdditionalToolsItemParam
        | ResponseReasoningItem
        | ResponseCompactionItemParam
        | ImageGenerationCall
        | ResponseCodeInterpreterToolCall
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
        | ResponseCustomToolCallOutput
        | ResponseCustomToolCall
        | CompactionTrigger
        | ItemReference
        | ProgramItemParam
        | ProgramOutputItemParam
        | Mapping[str, Any]
    ]
    | None
    | Omit = omit,
    previous_response_id: str | None | Omit = omit,
    instructions: str | None | Omit = omit,
    prompt_cache_key: str | None | Omit = omit,
    prompt_cache_retention: PromptCacheRetentionEnum | None | Omit = omit,
    prompt_cache_options: PromptCacheOptionsParam | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierEnum | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[CompactedResponse]:
    """Compact a conversation. Returns a compacted response object.

    Learn when and how to compact long-running conversations in the [conversation state
    guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see
    [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

    Send ``POST /responses/compact`` and return the parsed result with the response details.

    Args:
        model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models
            with different capabilities, performance characteristics, and price points. Refer to the [model
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
            blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching,
            OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback
            limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is
            currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current
            details.
        service_tier: Specifies the processing type used for serving the request.   - If set to 'auto', then the
            request will be processed with the service tier configured in the Project settings. Unless otherwise
            configured, the Project will use 'default'.   - If set to 'default', then the request will be processed with
            the standard pricing and performance for the selected model.   - If set to
            '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service
            tier.   - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
            `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response
            will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your
            request.   - When not set, the default behavior is 'auto'. When the `service_tier` parameter is set, the
            response body will include the `service_tier` value based on the processing mode actually used to serve the
            request. This response value may be different from the value set in the parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[CompactedResponse]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = client.request(
        request_options(
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
        )
    )
    return build_response(response, parse_response(response))


def sync(
    client: Client,
    /,
    *,
    model: str | ModelIdsSharedType1 | ResponsesOnlyModel | None,
    input: str
    | Iterable[
        EasyInputMessage
        | InputMessage
        | ResponseOutputMessage
        | ResponseFileSearchToolCall
        | ResponseComputerToolCall
        | ComputerCallOutputItemParam
        | ResponseFunctionWebSearch
        | ResponseFunctionToolCall
        | FunctionCallOutputItemParam
        | ToolSearchCallItemParam
        | ResponseToolSearchOutputItemParam
        | AdditionalToolsItemParam
        | ResponseReasoningItem
        | ResponseCompactionItemParam
        | ImageGenerationCall
        | ResponseCodeInterpreterToolCall
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
        | ResponseCustomToolCallOutput
        | ResponseCustomToolCall
        | CompactionTrigger
        | ItemReference
        | ProgramItemParam
        | ProgramOutputItemParam
        | Mapping[str, Any]
    ]
    | None
    | Omit = omit,
    previous_response_id: str | None | Omit = omit,
    instructions: str | None | Omit = omit,
    prompt_cache_key: str | None | Omit = omit,
    prompt_cache_retention: PromptCacheRetentionEnum | None | Omit = omit,
    prompt_cache_options: PromptCacheOptionsParam | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierEnum | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> CompactedResponse:
    """Compact a conversation. Returns a compacted response object.

    Learn when and how to compact long-running conversations in the [conversation state
    guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see
    [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

    Send ``POST /responses/compact`` and return the parsed result.

    Args:
        model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models
            with different capabilities, performance characteristics, and price points. Refer to the [model
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
            blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching,
            OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback
            limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is
            currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current
            details.
        service_tier: Specifies the processing type used for serving the request.   - If set to 'auto', then the
            request will be processed with the service tier configured in the Project settings. Unless otherwise
            configured, the Project will use 'default'.   - If set to 'default', then the request will be processed with
            the standard pricing and performance for the selected model.   - If set to
            '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service
            tier.   - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
            `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response
            will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your
            request.   - When not set, the default behavior is 'auto'. When the `service_tier` parameter is set, the
            response body will include the `service_tier` value based on the processing mode actually used to serve the
            request. This response value may be different from the value set in the parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        CompactedResponse: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        client.request(
            request_options(
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
            )
        )
    )


async def asyncio_detailed(
    client: Client,
    /,
    *,
    model: str | ModelIdsSharedType1 | ResponsesOnlyModel | None,
    input: str
    | Iterable[
        EasyInputMessage
        | InputMessage
        | ResponseOutputMessage
        | ResponseFileSearchToolCall
        | ResponseComputerToolCall
        | ComputerCallOutputItemParam
        | ResponseFunctionWebSearch
        | ResponseFunctionToolCall
        | FunctionCallOutputItemParam
        | ToolSearchCallItemParam
        | ResponseToolSearchOutputItemParam
        | AdditionalToolsItemParam
        | ResponseReasoningItem
        | ResponseCompactionItemParam
        | ImageGenerationCall
        | ResponseCodeInterpreterToolCall
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
        | ResponseCustomToolCallOutput
        | ResponseCustomToolCall
        | CompactionTrigger
        | ItemReference
        | ProgramItemParam
        | ProgramOutputItemParam
        | Mapping[str, Any]
    ]
    | None
    | Omit = omit,
    previous_response_id: str | None | Omit = omit,
    instructions: str | None | Omit = omit,
    prompt_cache_key: str | None | Omit = omit,
    prompt_cache_retention: PromptCacheRetentionEnum | None | Omit = omit,
    prompt_cache_options: PromptCacheOptionsParam | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierEnum | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[CompactedResponse]:
    """Compact a conversation. Returns a compacted response object.

    Learn when and how to compact long-running conversations in the [conversation state
    guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see
    [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

    Send ``POST /responses/compact`` and return the parsed result with the response details.

    Args:
        model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models
            with different capabilities, performance characteristics, and price points. Refer to the [model
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
            blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching,
            OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback
            limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is
            currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current
            details.
        service_tier: Specifies the processing type used for serving the request.   - If set to 'auto', then the
            request will be processed with the service tier configured in the Project settings. Unless otherwise
            configured, the Project will use 'default'.   - If set to 'default', then the request will be processed with
            the standard pricing and performance for the selected model.   - If set to
            '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service
            tier.   - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
            `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response
            will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your
            request.   - When not set, the default behavior is 'auto'. When the `service_tier` parameter is set, the
            response body will include the `service_tier` value based on the processing mode actually used to serve the
            request. This response value may be different from the value set in the parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[CompactedResponse]: status, headers, raw content and the parsed result.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    response = await client.arequest(
        request_options(
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
        )
    )
    return build_response(response, parse_response(response))


async def asyncio(
    client: Client,
    /,
    *,
    model: str | ModelIdsSharedType1 | ResponsesOnlyModel | None,
    input: str
    | Iterable[
        EasyInputMessage
        | InputMessage
        | ResponseOutputMessage
        | ResponseFileSearchToolCall
        | ResponseComputerToolCall
        | ComputerCallOutputItemParam
        | ResponseFunctionWebSearch
        | ResponseFunctionToolCall
        | FunctionCallOutputItemParam
        | ToolSearchCallItemParam
        | ResponseToolSearchOutputItemParam
        | AdditionalToolsItemParam
        | ResponseReasoningItem
        | ResponseCompactionItemParam
        | ImageGenerationCall
        | ResponseCodeInterpreterToolCall
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
        | ResponseCustomToolCallOutput
        | ResponseCustomToolCall
        | CompactionTrigger
        | ItemReference
        | ProgramItemParam
        | ProgramOutputItemParam
        | Mapping[str, Any]
    ]
    | None
    | Omit = omit,
    previous_response_id: str | None | Omit = omit,
    instructions: str | None | Omit = omit,
    prompt_cache_key: str | None | Omit = omit,
    prompt_cache_retention: PromptCacheRetentionEnum | None | Omit = omit,
    prompt_cache_options: PromptCacheOptionsParam | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierEnum | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> CompactedResponse:
    """Compact a conversation. Returns a compacted response object.

    Learn when and how to compact long-running conversations in the [conversation state
    guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see
    [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

    Send ``POST /responses/compact`` and return the parsed result.

    Args:
        model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models
            with different capabilities, performance characteristics, and price points. Refer to the [model
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
            blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching,
            OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback
            limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is
            currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current
            details.
        service_tier: Specifies the processing type used for serving the request.   - If set to 'auto', then the
            request will be processed with the service tier configured in the Project settings. Unless otherwise
            configured, the Project will use 'default'.   - If set to 'default', then the request will be processed with
            the standard pricing and performance for the selected model.   - If set to
            '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service
            tier.   - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
            `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response
            will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your
            request.   - When not set, the default behavior is 'auto'. When the `service_tier` parameter is set, the
            response body will include the `service_tier` value based on the processing mode actually used to serve the
            request. This response value may be different from the value set in the parameter.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        CompactedResponse: the parsed 2xx body.

    Raises:
        APIStatusError: its subclass for the status, when the server answers outside 2xx.
        APIConnectionError: when no response arrives (APITimeoutError on a timeout).
        APIResponseValidationError: when a 2xx body is not the JSON object expected.
    """
    return parse_response(
        await client.arequest(
            request_options(
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
            )
        )
    )
