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
from ...models.apply_patch_tool import ApplyPatchTool
from ...models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
from ...models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
from ...models.code_interpreter import CodeInterpreter
from ...models.compaction_trigger import CompactionTrigger
from ...models.computer_call_output_item_param import ComputerCallOutputItemParam
from ...models.computer_tool import ComputerTool
from ...models.computer_use_preview_tool import ComputerUsePreviewTool
from ...models.context_management_param import ContextManagementParam
from ...models.create_response_prompt_cache_retention_type_0 import CreateResponsePromptCacheRetentionType0
from ...models.create_response_truncation_type_0 import CreateResponseTruncationType0
from ...models.custom_tool import CustomTool
from ...models.easy_input_message import EasyInputMessage
from ...models.file_search_tool import FileSearchTool
from ...models.function_call_output_item_param import FunctionCallOutputItemParam
from ...models.function_shell_call_item_param import FunctionShellCallItemParam
from ...models.function_shell_tool import FunctionShellTool
from ...models.function_tool import FunctionTool
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
from ...models.namespace_tool import NamespaceTool
from ...models.program_item_param import ProgramItemParam
from ...models.program_output_item_param import ProgramOutputItemParam
from ...models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
from ...models.prompt_cache_options_param import PromptCacheOptionsParam
from ...models.reasoning import Reasoning
from ...models.response import Response
from ...models.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from ...models.response_compaction_item_param import ResponseCompactionItemParam
from ...models.response_computer_tool_call import ResponseComputerToolCall
from ...models.response_conversation_param import ResponseConversationParam
from ...models.response_custom_tool_call import ResponseCustomToolCall
from ...models.response_custom_tool_call_output import ResponseCustomToolCallOutput
from ...models.response_file_search_tool_call import ResponseFileSearchToolCall
from ...models.response_function_tool_call import ResponseFunctionToolCall
from ...models.response_function_web_search import ResponseFunctionWebSearch
from ...models.response_output_message import ResponseOutputMessage
from ...models.response_prompt import ResponsePrompt
from ...models.response_reasoning_item import ResponseReasoningItem
from ...models.response_stream_event import ResponseStreamEvent, parse_response_stream_event
from ...models.response_stream_options_type_0 import ResponseStreamOptionsType0
from ...models.response_text_config import ResponseTextConfig
from ...models.response_tool_search_output_item_param import ResponseToolSearchOutputItemParam
from ...models.responses_only_model import ResponsesOnlyModel
from ...models.service_tier_responses_type_0 import ServiceTierResponsesType0
from ...models.shell_tool_call_output import ShellToolCallOutput
from ...models.specific_programmatic_tool_calling_param import SpecificProgrammaticToolCallingParam
from ...models.tool_choice_allowed import ToolChoiceAllowed
from ...models.tool_choice_apply_patch import ToolChoiceApplyPatch
from ...models.tool_choice_custom import ToolChoiceCustom
from ...models.tool_choice_function import ToolChoiceFunction
from ...models.tool_choice_mcp import ToolChoiceMcp
from ...models.tool_choice_options import ToolChoiceOptions
from ...models.tool_choice_shell import ToolChoiceShell
from ...models.tool_choice_types import ToolChoiceTypes
from ...models.tool_search_call_item_param import ToolSearchCallItemParam
from ...models.tool_search_tool import ToolSearchTool
from ...models.web_search_preview_tool import WebSearchPreviewTool
from ...models.web_search_tool import WebSearchTool
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
    text: ResponseTextConfig | Mapping[str, Any] | Omit = omit,
    tools: Iterable[
        FunctionTool
        | FileSearchTool
        | ComputerTool
        | ComputerUsePreviewTool
        | WebSearchTool
        | MCPTool
        | CodeInterpreter
        | ProgrammaticToolCallingParam
        | ImageGenerationTool
        | LocalShellTool
        | FunctionShellTool
        | CustomTool
        | NamespaceTool
        | ToolSearchTool
        | WebSearchPreviewTool
        | ApplyPatchTool
        | Mapping[str, Any]
    ]
    | Omit = omit,
    tool_choice: ToolChoiceOptions
    | ToolChoiceAllowed
    | ToolChoiceTypes
    | ToolChoiceFunction
    | ToolChoiceMcp
    | ToolChoiceCustom
    | SpecificProgrammaticToolCallingParam
    | ToolChoiceApplyPatch
    | ToolChoiceShell
    | Mapping[str, Any]
    | Omit = omit,
    prompt: ResponsePrompt | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierResponsesType0 | None | Omit = omit,
    truncation: CreateResponseTruncationType0 | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
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
    | Omit = omit,
    include: Iterable[IncludeEnum] | None | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    store: bool | None | Omit = omit,
    instructions: str | None | Omit = omit,
    moderation: ModerationParam | Mapping[str, Any] | None | Omit = omit,
    stream: bool | None | Omit = omit,
    stream_options: ResponseStreamOptionsType0 | Mapping[str, Any] | None | Omit = omit,
    conversation: str | ResponseConversationParam | Mapping[str, Any] | None | Omit = omit,
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
    text: ResponseTextConfig | Mapping[str, Any] | Omit = omit,
    tools: Iterable[
        FunctionTool
        | FileSearchTool
        | ComputerTool
        | ComputerUsePreviewTool
        | WebSearchTool
        | MCPTool
        | CodeInterpreter
        | ProgrammaticToolCallingParam
        | ImageGenerationTool
        | LocalShellTool
        | FunctionShellTool
        | CustomTool
        | NamespaceTool
        | ToolSearchTool
        | WebSearchPreviewTool
        | ApplyPatchTool
        | Mapping[str, Any]
    ]
    | Omit = omit,
    tool_choice: ToolChoiceOptions
    | ToolChoiceAllowed
    | ToolChoiceTypes
    | ToolChoiceFunction
    | ToolChoiceMcp
    | ToolChoiceCustom
    | SpecificProgrammaticToolCallingParam
    | ToolChoiceApplyPatch
    | ToolChoiceShell
    | Mapping[str, Any]
    | Omit = omit,
    prompt: ResponsePrompt | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierResponsesType0 | None | Omit = omit,
    truncation: CreateResponseTruncationType0 | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
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
    | Omit = omit,
    include: Iterable[IncludeEnum] | None | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    store: bool | None | Omit = omit,
    instructions: str | None | Omit = omit,
    moderation: ModerationParam | Mapping[str, Any] | None | Omit = omit,
    stream: bool | None | Omit = omit,
    stream_options: ResponseStreamOptionsType0 | Mapping[str, Any] | None | Omit = omit,
    conversation: str | ResponseConversationParam | Mapping[str, Any] | None | Omit = omit,
    context_management: Iterable[ContextManagementParam | Mapping[str, Any]] | None | Omit = omit,
    max_output_tokens: int | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[Response]:
    """Creates a model response. Provide [text](/docs/guides/text) or [image](/docs/guides/images) inputs to generate
    [text](/docs/guides/text) or [JSON](/docs/guides/structured-outputs) outputs. Have the model call your own
    [custom code](/docs/guides/function-calling) or use built-in [tools](/docs/guides/tools) like [web
    search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search) to use your own data as
    input for the model's response.

    Send ``POST /responses`` and return the parsed result with the response details.

    Args:
        metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
            additional information about the object in a structured format, and querying for objects via API or the
            dashboard.

            Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
            characters.
        top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at
            each token position, each with an associated log probability. In some cases, the number of returned tokens
            may be fewer than requested.
        temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output
            more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend
            altering this or `top_p` but not both.
        top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the
            results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10%
            probability mass are considered.

            We generally recommend altering this or `temperature` but not both.
        user: Deprecated. This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use
            `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used
            to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse.
            [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
        safety_identifier: A stable identifier used to help detect users of your application that may be violating
            OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a maximum
            length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us
            any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
        prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates.
            Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
        prompt_cache_retention: Deprecated. Use `prompt_cache_options.ttl` instead.

            The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps
            cached prefixes active for longer, up to a maximum of 24 hours. [Learn
            more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention policy,
            while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are independent and do
            not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.

            For older models that support both `in_memory` and `24h`, the default depends on your organization's data
            retention policy:

              - Organizations without ZDR enabled default to `24h`.
              - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
        prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default,
            OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content
            blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching,
            OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback
            limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is
            currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current
            details.
        previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
            conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
            conjunction with `conversation`.
        model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models
            with different capabilities, performance characteristics, and price points. Refer to the [model
            guide](/docs/models) to browse and compare available models.
        background: Whether to run the model response in the background. [Learn more](/docs/guides/background).
        max_tool_calls: The maximum number of total calls to built-in tools that can be processed in a response.
            This maximum number applies across all built-in tool calls, not per individual tool. Any further attempts to
            call a tool by the model will be ignored.
        text: Configuration options for a text response from the model. Can be plain text or structured JSON data.
            Learn more:

            - [Text inputs and outputs](/docs/guides/text)
            - [Structured Outputs](/docs/guides/structured-outputs)
        tools: An array of tools the model may call while generating a response. You can specify which tool to use
            by setting the `tool_choice` parameter.

            We support the following categories of tools:

            - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web
              search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search). Learn more about
              [built-in tools](/docs/guides/tools).
            - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors such
              as Google Drive and SharePoint. Learn more about [MCP Tools](/docs/guides/tools-connectors-mcp).
            - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your own
              code with strongly typed arguments and outputs. Learn more about [function
              calling](/docs/guides/function-calling). You can also use custom tools to call your own code.
        tool_choice: How the model should select which tool (or tools) to use when generating a response. See the
            `tools` parameter to see how to specify which tools the model can call.
        prompt: Reference to a prompt template and its variables. [Learn
            more](/docs/guides/text?api-mode=responses#reusable-prompts).
        service_tier: Specifies the processing type used for serving the request.

              - If set to 'auto', then the request will be processed with the service tier configured in the Project
                settings. Unless otherwise configured, the Project will use 'default'.
              - If set to 'default', then the request will be processed with the standard pricing and performance for
                the selected model.
              - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex
                Processing service tier.
              - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
                `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response
                will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your
                request.
              - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast
                Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served through
                it will show `service_tier=ultrafast`.
              - When not set, the default behavior is 'auto'.

            When the `service_tier` parameter is set, the response body will include the `service_tier` value based on
            the processing mode actually used to serve the request. This response value may be different from the value
            set in the parameter.
        truncation: Deprecated. The truncation strategy to use for the model response.

            - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the
              response to fit the context window by dropping items from the beginning of the conversation.
            - `disabled` (default): If the input size will exceed the context window size for a model, the request will
              fail with a 400 error.
        reasoning: **gpt-5 and o-series models only**

            Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
        input: Text, image, or file inputs to the model, used to generate a response.

            Learn more:

            - [Text inputs and outputs](/docs/guides/text)
            - [Image inputs](/docs/guides/images)
            - [File inputs](/docs/guides/pdf-files)
            - [Conversation state](/docs/guides/conversation-state)
            - [Function calling](/docs/guides/function-calling)
        include: Specify additional output data to include in the model response. Currently supported values are:

            - `web_search_call.action.sources`: Include the sources of the web search tool call.
            - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool
              call items.
            - `computer_call_output.output.image_url`: Include image urls from the computer call output.
            - `file_search_call.results`: Include the search results of the file search tool call.
            - `message.input_image.image_url`: Include image urls from the input message.
            - `message.output_text.logprobs`: Include logprobs with assistant messages.
            - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item
              outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API
              statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the
              zero data retention program).
        parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
        store: Whether to store the generated model response for later retrieval via API.
        instructions: A system (or developer) message inserted into the model's context.

            When using along with `previous_response_id`, the instructions from a previous response will not be carried
            over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
        moderation: Configuration for running moderation on the input and output of this response.
        stream: If set to true, the model response data will be streamed to the client as it is generated using
            [server-sent
            events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
        stream_options: Options for streaming responses. Only set this when you set `stream: true`.
        conversation: The conversation that this response belongs to. Items from this conversation are prepended to
            `input_items` for this response request. Input items and output items from this response are automatically
            added to this conversation after this response completes.
        context_management: Context management configuration for this request.
        max_output_tokens: An upper bound for the number of tokens that can be generated for a response, including
            visible output tokens and [reasoning tokens](/docs/guides/reasoning).
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
    text: ResponseTextConfig | Mapping[str, Any] | Omit = omit,
    tools: Iterable[
        FunctionTool
        | FileSearchTool
        | ComputerTool
        | ComputerUsePreviewTool
        | WebSearchTool
        | MCPTool
        | CodeInterpreter
        | ProgrammaticToolCallingParam
        | ImageGenerationTool
        | LocalShellTool
        | FunctionShellTool
        | CustomTool
        | NamespaceTool
        | ToolSearchTool
        | WebSearchPreviewTool
        | ApplyPatchTool
        | Mapping[str, Any]
    ]
    | Omit = omit,
    tool_choice: ToolChoiceOptions
    | ToolChoiceAllowed
    | ToolChoiceTypes
    | ToolChoiceFunction
    | ToolChoiceMcp
    | ToolChoiceCustom
    | SpecificProgrammaticToolCallingParam
    | ToolChoiceApplyPatch
    | ToolChoiceShell
    | Mapping[str, Any]
    | Omit = omit,
    prompt: ResponsePrompt | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierResponsesType0 | None | Omit = omit,
    truncation: CreateResponseTruncationType0 | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
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
    | Omit = omit,
    include: Iterable[IncludeEnum] | None | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    store: bool | None | Omit = omit,
    instructions: str | None | Omit = omit,
    moderation: ModerationParam | Mapping[str, Any] | None | Omit = omit,
    stream: bool | None | Omit = omit,
    stream_options: ResponseStreamOptionsType0 | Mapping[str, Any] | None | Omit = omit,
    conversation: str | ResponseConversationParam | Mapping[str, Any] | None | Omit = omit,
    context_management: Iterable[ContextManagementParam | Mapping[str, Any]] | None | Omit = omit,
    max_output_tokens: int | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response:
    """Creates a model response. Provide [text](/docs/guides/text) or [image](/docs/guides/images) inputs to generate
    [text](/docs/guides/text) or [JSON](/docs/guides/structured-outputs) outputs. Have the model call your own
    [custom code](/docs/guides/function-calling) or use built-in [tools](/docs/guides/tools) like [web
    search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search) to use your own data as
    input for the model's response.

    Send ``POST /responses`` and return the parsed result.

    Args:
        metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
            additional information about the object in a structured format, and querying for objects via API or the
            dashboard.

            Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
            characters.
        top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at
            each token position, each with an associated log probability. In some cases, the number of returned tokens
            may be fewer than requested.
        temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output
            more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend
            altering this or `top_p` but not both.
        top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the
            results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10%
            probability mass are considered.

            We generally recommend altering this or `temperature` but not both.
        user: Deprecated. This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use
            `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used
            to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse.
            [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
        safety_identifier: A stable identifier used to help detect users of your application that may be violating
            OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a maximum
            length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us
            any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
        prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates.
            Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
        prompt_cache_retention: Deprecated. Use `prompt_cache_options.ttl` instead.

            The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps
            cached prefixes active for longer, up to a maximum of 24 hours. [Learn
            more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention policy,
            while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are independent and do
            not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.

            For older models that support both `in_memory` and `24h`, the default depends on your organization's data
            retention policy:

              - Organizations without ZDR enabled default to `24h`.
              - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
        prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default,
            OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content
            blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching,
            OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback
            limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is
            currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current
            details.
        previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
            conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
            conjunction with `conversation`.
        model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models
            with different capabilities, performance characteristics, and price points. Refer to the [model
            guide](/docs/models) to browse and compare available models.
        background: Whether to run the model response in the background. [Learn more](/docs/guides/background).
        max_tool_calls: The maximum number of total calls to built-in tools that can be processed in a response.
            This maximum number applies across all built-in tool calls, not per individual tool. Any further attempts to
            call a tool by the model will be ignored.
        text: Configuration options for a text response from the model. Can be plain text or structured JSON data.
            Learn more:

            - [Text inputs and outputs](/docs/guides/text)
            - [Structured Outputs](/docs/guides/structured-outputs)
        tools: An array of tools the model may call while generating a response. You can specify which tool to use
            by setting the `tool_choice` parameter.

            We support the following categories of tools:

            - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web
              search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search). Learn more about
              [built-in tools](/docs/guides/tools).
            - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors such
              as Google Drive and SharePoint. Learn more about [MCP Tools](/docs/guides/tools-connectors-mcp).
            - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your own
              code with strongly typed arguments and outputs. Learn more about [function
              calling](/docs/guides/function-calling). You can also use custom tools to call your own code.
        tool_choice: How the model should select which tool (or tools) to use when generating a response. See the
            `tools` parameter to see how to specify which tools the model can call.
        prompt: Reference to a prompt template and its variables. [Learn
            more](/docs/guides/text?api-mode=responses#reusable-prompts).
        service_tier: Specifies the processing type used for serving the request.

              - If set to 'auto', then the request will be processed with the service tier configured in the Project
                settings. Unless otherwise configured, the Project will use 'default'.
              - If set to 'default', then the request will be processed with the standard pricing and performance for
                the selected model.
              - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex
                Processing service tier.
              - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
                `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response
                will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your
                request.
              - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast
                Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served through
                it will show `service_tier=ultrafast`.
              - When not set, the default behavior is 'auto'.

            When the `service_tier` parameter is set, the response body will include the `service_tier` value based on
            the processing mode actually used to serve the request. This response value may be different from the value
            set in the parameter.
        truncation: Deprecated. The truncation strategy to use for the model response.

            - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the
              response to fit the context window by dropping items from the beginning of the conversation.
            - `disabled` (default): If the input size will exceed the context window size for a model, the request will
              fail with a 400 error.
        reasoning: **gpt-5 and o-series models only**

            Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
        input: Text, image, or file inputs to the model, used to generate a response.

            Learn more:

            - [Text inputs and outputs](/docs/guides/text)
            - [Image inputs](/docs/guides/images)
            - [File inputs](/docs/guides/pdf-files)
            - [Conversation state](/docs/guides/conversation-state)
            - [Function calling](/docs/guides/function-calling)
        include: Specify additional output data to include in the model response. Currently supported values are:

            - `web_search_call.action.sources`: Include the sources of the web search tool call.
            - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool
              call items.
            - `computer_call_output.output.image_url`: Include image urls from the computer call output.
            - `file_search_call.results`: Include the search results of the file search tool call.
            - `message.input_image.image_url`: Include image urls from the input message.
            - `message.output_text.logprobs`: Include logprobs with assistant messages.
            - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item
              outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API
              statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the
              zero data retention program).
        parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
        store: Whether to store the generated model response for later retrieval via API.
        instructions: A system (or developer) message inserted into the model's context.

            When using along with `previous_response_id`, the instructions from a previous response will not be carried
            over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
        moderation: Configuration for running moderation on the input and output of this response.
        stream: If set to true, the model response data will be streamed to the client as it is generated using
            [server-sent
            events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
        stream_options: Options for streaming responses. Only set this when you set `stream: true`.
        conversation: The conversation that this response belongs to. Items from this conversation are prepended to
            `input_items` for this response request. Input items and output items from this response are automatically
            added to this conversation after this response completes.
        context_management: Context management configuration for this request.
        max_output_tokens: An upper bound for the number of tokens that can be generated for a response, including
            visible output tokens and [reasoning tokens](/docs/guides/reasoning).
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
    text: ResponseTextConfig | Mapping[str, Any] | Omit = omit,
    tools: Iterable[
        FunctionTool
        | FileSearchTool
        | ComputerTool
        | ComputerUsePreviewTool
        | WebSearchTool
        | MCPTool
        | CodeInterpreter
        | ProgrammaticToolCallingParam
        | ImageGenerationTool
        | LocalShellTool
        | FunctionShellTool
        | CustomTool
        | NamespaceTool
        | ToolSearchTool
        | WebSearchPreviewTool
        | ApplyPatchTool
        | Mapping[str, Any]
    ]
    | Omit = omit,
    tool_choice: ToolChoiceOptions
    | ToolChoiceAllowed
    | ToolChoiceTypes
    | ToolChoiceFunction
    | ToolChoiceMcp
    | ToolChoiceCustom
    | SpecificProgrammaticToolCallingParam
    | ToolChoiceApplyPatch
    | ToolChoiceShell
    | Mapping[str, Any]
    | Omit = omit,
    prompt: ResponsePrompt | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierResponsesType0 | None | Omit = omit,
    truncation: CreateResponseTruncationType0 | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
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
    | Omit = omit,
    include: Iterable[IncludeEnum] | None | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    store: bool | None | Omit = omit,
    instructions: str | None | Omit = omit,
    moderation: ModerationParam | Mapping[str, Any] | None | Omit = omit,
    stream: bool | None | Omit = omit,
    stream_options: ResponseStreamOptionsType0 | Mapping[str, Any] | None | Omit = omit,
    conversation: str | ResponseConversationParam | Mapping[str, Any] | None | Omit = omit,
    context_management: Iterable[ContextManagementParam | Mapping[str, Any]] | None | Omit = omit,
    max_output_tokens: int | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[Response]:
    """Creates a model response. Provide [text](/docs/guides/text) or [image](/docs/guides/images) inputs to generate
    [text](/docs/guides/text) or [JSON](/docs/guides/structured-outputs) outputs. Have the model call your own
    [custom code](/docs/guides/function-calling) or use built-in [tools](/docs/guides/tools) like [web
    search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search) to use your own data as
    input for the model's response.

    Send ``POST /responses`` and return the parsed result with the response details.

    Args:
        metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
            additional information about the object in a structured format, and querying for objects via API or the
            dashboard.

            Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
            characters.
        top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at
            each token position, each with an associated log probability. In some cases, the number of returned tokens
            may be fewer than requested.
        temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output
            more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend
            altering this or `top_p` but not both.
        top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the
            results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10%
            probability mass are considered.

            We generally recommend altering this or `temperature` but not both.
        user: Deprecated. This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use
            `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used
            to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse.
            [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
        safety_identifier: A stable identifier used to help detect users of your application that may be violating
            OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a maximum
            length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us
            any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
        prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates.
            Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
        prompt_cache_retention: Deprecated. Use `prompt_cache_options.ttl` instead.

            The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps
            cached prefixes active for longer, up to a maximum of 24 hours. [Learn
            more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention policy,
            while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are independent and do
            not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.

            For older models that support both `in_memory` and `24h`, the default depends on your organization's data
            retention policy:

              - Organizations without ZDR enabled default to `24h`.
              - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
        prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default,
            OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content
            blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching,
            OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback
            limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is
            currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current
            details.
        previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
            conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
            conjunction with `conversation`.
        model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models
            with different capabilities, performance characteristics, and price points. Refer to the [model
            guide](/docs/models) to browse and compare available models.
        background: Whether to run the model response in the background. [Learn more](/docs/guides/background).
        max_tool_calls: The maximum number of total calls to built-in tools that can be processed in a response.
            This maximum number applies across all built-in tool calls, not per individual tool. Any further attempts to
            call a tool by the model will be ignored.
        text: Configuration options for a text response from the model. Can be plain text or structured JSON data.
            Learn more:

            - [Text inputs and outputs](/docs/guides/text)
            - [Structured Outputs](/docs/guides/structured-outputs)
        tools: An array of tools the model may call while generating a response. You can specify which tool to use
            by setting the `tool_choice` parameter.

            We support the following categories of tools:

            - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web
              search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search). Learn more about
              [built-in tools](/docs/guides/tools).
            - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors such
              as Google Drive and SharePoint. Learn more about [MCP Tools](/docs/guides/tools-connectors-mcp).
            - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your own
              code with strongly typed arguments and outputs. Learn more about [function
              calling](/docs/guides/function-calling). You can also use custom tools to call your own code.
        tool_choice: How the model should select which tool (or tools) to use when generating a response. See the
            `tools` parameter to see how to specify which tools the model can call.
        prompt: Reference to a prompt template and its variables. [Learn
            more](/docs/guides/text?api-mode=responses#reusable-prompts).
        service_tier: Specifies the processing type used for serving the request.

              - If set to 'auto', then the request will be processed with the service tier configured in the Project
                settings. Unless otherwise configured, the Project will use 'default'.
              - If set to 'default', then the request will be processed with the standard pricing and performance for
                the selected model.
              - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex
                Processing service tier.
              - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
                `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response
                will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your
                request.
              - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast
                Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served through
                it will show `service_tier=ultrafast`.
              - When not set, the default behavior is 'auto'.

            When the `service_tier` parameter is set, the response body will include the `service_tier` value based on
            the processing mode actually used to serve the request. This response value may be different from the value
            set in the parameter.
        truncation: Deprecated. The truncation strategy to use for the model response.

            - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the
              response to fit the context window by dropping items from the beginning of the conversation.
            - `disabled` (default): If the input size will exceed the context window size for a model, the request will
              fail with a 400 error.
        reasoning: **gpt-5 and o-series models only**

            Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
        input: Text, image, or file inputs to the model, used to generate a response.

            Learn more:

            - [Text inputs and outputs](/docs/guides/text)
            - [Image inputs](/docs/guides/images)
            - [File inputs](/docs/guides/pdf-files)
            - [Conversation state](/docs/guides/conversation-state)
            - [Function calling](/docs/guides/function-calling)
        include: Specify additional output data to include in the model response. Currently supported values are:

            - `web_search_call.action.sources`: Include the sources of the web search tool call.
            - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool
              call items.
            - `computer_call_output.output.image_url`: Include image urls from the computer call output.
            - `file_search_call.results`: Include the search results of the file search tool call.
            - `message.input_image.image_url`: Include image urls from the input message.
            - `message.output_text.logprobs`: Include logprobs with assistant messages.
            - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item
              outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API
              statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the
              zero data retention program).
        parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
        store: Whether to store the generated model response for later retrieval via API.
        instructions: A system (or developer) message inserted into the model's context.

            When using along with `previous_response_id`, the instructions from a previous response will not be carried
            over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
        moderation: Configuration for running moderation on the input and output of this response.
        stream: If set to true, the model response data will be streamed to the client as it is generated using
            [server-sent
            events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
        stream_options: Options for streaming responses. Only set this when you set `stream: true`.
        conversation: The conversation that this response belongs to. Items from this conversation are prepended to
            `input_items` for this response request. Input items and output items from this response are automatically
            added to this conversation after this response completes.
        context_management: Context management configuration for this request.
        max_output_tokens: An upper bound for the number of tokens that can be generated for a response, including
            visible output tokens and [reasoning tokens](/docs/guides/reasoning).
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
    text: ResponseTextConfig | Mapping[str, Any] | Omit = omit,
    tools: Iterable[
        FunctionTool
        | FileSearchTool
        | ComputerTool
        | ComputerUsePreviewTool
        | WebSearchTool
        | MCPTool
        | CodeInterpreter
        | ProgrammaticToolCallingParam
        | ImageGenerationTool
        | LocalShellTool
        | FunctionShellTool
        | CustomTool
        | NamespaceTool
        | ToolSearchTool
        | WebSearchPreviewTool
        | ApplyPatchTool
        | Mapping[str, Any]
    ]
    | Omit = omit,
    tool_choice: ToolChoiceOptions
    | ToolChoiceAllowed
    | ToolChoiceTypes
    | ToolChoiceFunction
    | ToolChoiceMcp
    | ToolChoiceCustom
    | SpecificProgrammaticToolCallingParam
    | ToolChoiceApplyPatch
    | ToolChoiceShell
    | Mapping[str, Any]
    | Omit = omit,
    prompt: ResponsePrompt | Mapping[str, Any] | None | Omit = omit,
    service_tier: ServiceTierResponsesType0 | None | Omit = omit,
    truncation: CreateResponseTruncationType0 | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
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
    | Omit = omit,
    include: Iterable[IncludeEnum] | None | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    store: bool | None | Omit = omit,
    instructions: str | None | Omit = omit,
    moderation: ModerationParam | Mapping[str, Any] | None | Omit = omit,
    stream: bool | None | Omit = omit,
    stream_options: ResponseStreamOptionsType0 | Mapping[str, Any] | None | Omit = omit,
    conversation: str | ResponseConversationParam | Mapping[str, Any] | None | Omit = omit,
    context_management: Iterable[ContextManagementParam | Mapping[str, Any]] | None | Omit = omit,
    max_output_tokens: int | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response:
    """Creates a model response. Provide [text](/docs/guides/text) or [image](/docs/guides/images) inputs to generate
    [text](/docs/guides/text) or [JSON](/docs/guides/structured-outputs) outputs. Have the model call your own
    [custom code](/docs/guides/function-calling) or use built-in [tools](/docs/guides/tools) like [web
    search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search) to use your own data as
    input for the model's response.

    Send ``POST /responses`` and return the parsed result.

    Args:
        metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
            additional information about the object in a structured format, and querying for objects via API or the
            dashboard.

            Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
            characters.
        top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at
            each token position, each with an associated log probability. In some cases, the number of returned tokens
            may be fewer than requested.
        temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output
            more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend
            altering this or `top_p` but not both.
        top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the
            results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10%
            probability mass are considered.

            We generally recommend altering this or `temperature` but not both.
        user: Deprecated. This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use
            `prompt_cache_key` instead to maintain caching optimizations. A stable identifier for your end-users. Used
            to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse.
            [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
        safety_identifier: A stable identifier used to help detect users of your application that may be violating
            OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a maximum
            length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us
            any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
        prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates.
            Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).
        prompt_cache_retention: Deprecated. Use `prompt_cache_options.ttl` instead.

            The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps
            cached prefixes active for longer, up to a maximum of 24 hours. [Learn
            more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention policy,
            while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are independent and do
            not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.

            For older models that support both `in_memory` and `24h`, the default depends on your organization's data
            retention policy:

              - Organizations without ZDR enabled default to `24h`.
              - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
        prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default,
            OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content
            blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching,
            OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback
            limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is
            currently the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current
            details.
        previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
            conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
            conjunction with `conversation`.
        model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models
            with different capabilities, performance characteristics, and price points. Refer to the [model
            guide](/docs/models) to browse and compare available models.
        background: Whether to run the model response in the background. [Learn more](/docs/guides/background).
        max_tool_calls: The maximum number of total calls to built-in tools that can be processed in a response.
            This maximum number applies across all built-in tool calls, not per individual tool. Any further attempts to
            call a tool by the model will be ignored.
        text: Configuration options for a text response from the model. Can be plain text or structured JSON data.
            Learn more:

            - [Text inputs and outputs](/docs/guides/text)
            - [Structured Outputs](/docs/guides/structured-outputs)
        tools: An array of tools the model may call while generating a response. You can specify which tool to use
            by setting the `tool_choice` parameter.

            We support the following categories of tools:

            - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web
              search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search). Learn more about
              [built-in tools](/docs/guides/tools).
            - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors such
              as Google Drive and SharePoint. Learn more about [MCP Tools](/docs/guides/tools-connectors-mcp).
            - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your own
              code with strongly typed arguments and outputs. Learn more about [function
              calling](/docs/guides/function-calling). You can also use custom tools to call your own code.
        tool_choice: How the model should select which tool (or tools) to use when generating a response. See the
            `tools` parameter to see how to specify which tools the model can call.
        prompt: Reference to a prompt template and its variables. [Learn
            more](/docs/guides/text?api-mode=responses#reusable-prompts).
        service_tier: Specifies the processing type used for serving the request.

              - If set to 'auto', then the request will be processed with the service tier configured in the Project
                settings. Unless otherwise configured, the Project will use 'default'.
              - If set to 'default', then the request will be processed with the standard pricing and performance for
                the selected model.
              - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex
                Processing service tier.
              - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
                `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response
                will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your
                request.
              - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast
                Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served through
                it will show `service_tier=ultrafast`.
              - When not set, the default behavior is 'auto'.

            When the `service_tier` parameter is set, the response body will include the `service_tier` value based on
            the processing mode actually used to serve the request. This response value may be different from the value
            set in the parameter.
        truncation: Deprecated. The truncation strategy to use for the model response.

            - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the
              response to fit the context window by dropping items from the beginning of the conversation.
            - `disabled` (default): If the input size will exceed the context window size for a model, the request will
              fail with a 400 error.
        reasoning: **gpt-5 and o-series models only**

            Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
        input: Text, image, or file inputs to the model, used to generate a response.

            Learn more:

            - [Text inputs and outputs](/docs/guides/text)
            - [Image inputs](/docs/guides/images)
            - [File inputs](/docs/guides/pdf-files)
            - [Conversation state](/docs/guides/conversation-state)
            - [Function calling](/docs/guides/function-calling)
        include: Specify additional output data to include in the model response. Currently supported values are:

            - `web_search_call.action.sources`: Include the sources of the web search tool call.
            - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool
              call items.
            - `computer_call_output.output.image_url`: Include image urls from the computer call output.
            - `file_search_call.results`: Include the search results of the file search tool call.
            - `message.input_image.image_url`: Include image urls from the input message.
            - `message.output_text.logprobs`: Include logprobs with assistant messages.
            - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item
              outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API
              statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the
              zero data retention program).
        parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
        store: Whether to store the generated model response for later retrieval via API.
        instructions: A system (or developer) message inserted into the model's context.

            When using along with `previous_response_id`, the instructions from a previous response will not be carried
            over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
        moderation: Configuration for running moderation on the input and output of this response.
        stream: If set to true, the model response data will be streamed to the client as it is generated using
            [server-sent
            events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
            See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
        stream_options: Options for streaming responses. Only set this when you set `stream: true`.
        conversation: The conversation that this response belongs to. Items from this conversation are prepended to
            `input_items` for this response request. Input items and output items from this response are automatically
            added to this conversation after this response completes.
        context_management: Context management configuration for this request.
        max_output_tokens: An upper bound for the number of tokens that can be generated for a response, including
            visible output tokens and [reasoning tokens](/docs/guides/reasoning).
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
