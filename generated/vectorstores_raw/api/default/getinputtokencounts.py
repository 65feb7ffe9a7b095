# Generated from openapi.yaml by make generate; do not edit.
"""``POST /responses/input_tokens``: the raw operation, in four flavours (sync, async, each
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
from ...models.custom_tool import CustomTool
from ...models.easy_input_message import EasyInputMessage
from ...models.file_search_tool import FileSearchTool
from ...models.function_call_output_item_param import FunctionCallOutputItemParam
from ...models.function_shell_call_item_param import FunctionShellCallItemParam
from ...models.function_shell_tool import FunctionShellTool
from ...models.function_tool import FunctionTool
from ...models.image_generation_call import ImageGenerationCall
from ...models.image_generation_tool import ImageGenerationTool
from ...models.input_message import InputMessage
from ...models.input_token_count_response import InputTokenCountResponse
from ...models.item_reference import ItemReference
from ...models.local_shell_call import LocalShellCall
from ...models.local_shell_call_output import LocalShellCallOutput
from ...models.local_shell_tool import LocalShellTool
from ...models.mcp_approval_request import MCPApprovalRequest
from ...models.mcp_approval_response import MCPApprovalResponse
from ...models.mcp_list_tools import MCPListTools
from ...models.mcp_tool import MCPTool
from ...models.mcp_tool_call import MCPToolCall
from ...models.namespace_tool import NamespaceTool
from ...models.personality_enum_type_1 import PersonalityEnumType1
from ...models.program_item_param import ProgramItemParam
from ...models.program_output_item_param import ProgramOutputItemParam
from ...models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
from ...models.reasoning import Reasoning
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
from ...models.response_reasoning_item import ResponseReasoningItem
from ...models.response_text_config import ResponseTextConfig
from ...models.response_tool_search_output_item_param import ResponseToolSearchOutputItemParam
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
from ...models.truncation_enum import TruncationEnum
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
OPERATION = ("POST", "/responses/input_tokens")


# What the document allows for each argument; checked before anything is sent.
_RULES: dict[str, Any] = {
    "model": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    "input": {
        "anyOf": [
            {"oneOf": [{"type": "string", "maxLength": 10485760}, {"items": {"$ref": "InputItem"}, "type": "array"}]},
            {"type": "null"},
        ]
    },
    "previous_response_id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    "tools": {"anyOf": [{"items": {"$ref": "Tool"}, "type": "array"}, {"type": "null"}]},
    "text": {"anyOf": [{"$ref": "ResponseTextParam"}, {"type": "null"}]},
    "reasoning": {"anyOf": [{"$ref": "Reasoning"}, {"type": "null"}]},
    "truncation": {"$ref": "TruncationEnum"},
    "instructions": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    "personality": {"$ref": "PersonalityEnum"},
    "conversation": {"anyOf": [{"$ref": "ConversationParam"}, {"type": "null"}]},
    "tool_choice": {"anyOf": [{"$ref": "ToolChoiceParam"}, {"type": "null"}]},
    "parallel_tool_calls": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
}


def request_options(
    *,
    model: str | None | Omit = omit,
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
    | None
    | Omit = omit,
    text: ResponseTextConfig | Mapping[str, Any] | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
    truncation: TruncationEnum | Omit = omit,
    instructions: str | None | Omit = omit,
    personality: str | PersonalityEnumType1 | Omit = omit,
    conversation: str | ResponseConversationParam | Mapping[str, Any] | None | Omit = omit,
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
    | None
    | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """What ``POST /responses/input_tokens`` sends for these arguments."""
    input = as_list(input)
    tools = as_list(tools)
    check_arguments(
        _RULES,
        {
            "model": model,
            "input": input,
            "previous_response_id": previous_response_id,
            "tools": tools,
            "text": text,
            "reasoning": reasoning,
            "truncation": truncation,
            "instructions": instructions,
            "personality": personality,
            "conversation": conversation,
            "tool_choice": tool_choice,
            "parallel_tool_calls": parallel_tool_calls,
        },
    )
    return RequestOptions(
        method="POST",
        url="/responses/input_tokens",
        params=query_params({}, extra_query),
        json=json_body(
            {
                "model": model,
                "input": input,
                "previous_response_id": previous_response_id,
                "tools": tools,
                "text": text,
                "reasoning": reasoning,
                "truncation": truncation,
                "instructions": instructions,
                "personality": personality,
                "conversation": conversation,
                "tool_choice": tool_choice,
                "parallel_tool_calls": parallel_tool_calls,
            },
            extra_body,
        ),
        headers=dict(extra_headers) if extra_headers else None,
        timeout=timeout,
    )


def parse_response(response: httpx2.Response) -> InputTokenCountResponse:
    """The InputTokenCountResponse in a 2xx response."""
    return InputTokenCountResponse.from_dict(parse_object(response))


def sync_detailed(
    client: Client,
    /,
    *,
    model: str | None | Omit = omit,
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
    | None
    | Omit = omit,
    text: ResponseTextConfig | Mapping[str, Any] | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
    truncation: TruncationEnum | Omit = omit,
    instructions: str | None | Omit = omit,
    personality: str | PersonalityEnumType1 | Omit = omit,
    conversation: str | ResponseConversationParam | Mapping[str, Any] | None | Omit = omit,
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
    | None
    | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[InputTokenCountResponse]:
    """Returns input token counts of the request.

    Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

    Send ``POST /responses/input_tokens`` and return the parsed result with the response details.

    Args:
        model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models
            with different capabilities, performance characteristics, and price points. Refer to the [model
            guide](/docs/models) to browse and compare available models.
        input: Text, image, or file inputs to the model, used to generate a response
        previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
            conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
            conjunction with `conversation`.
        tools: An array of tools the model may call while generating a response. You can specify which tool to use
            by setting the `tool_choice` parameter.
        text: Configuration options for a text response from the model. Can be plain text or structured JSON data.
            Learn more:

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
        conversation: The conversation that this response belongs to. Items from this conversation are prepended to
            `input_items` for this response request. Input items and output items from this response are automatically
            added to this conversation after this response completes.
        tool_choice: Controls which tool the model should use, if any.
        parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[InputTokenCountResponse]: status, headers, raw content and the parsed result.

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
        )
    )
    return build_response(response, parse_response(response))


def sync(
    client: Client,
    /,
    *,
    model: str | None | Omit = omit,
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
    | None
    | Omit = omit,
    text: ResponseTextConfig | Mapping[str, Any] | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
    truncation: TruncationEnum | Omit = omit,
    instructions: str | None | Omit = omit,
    personality: str | PersonalityEnumType1 | Omit = omit,
    conversation: str | ResponseConversationParam | Mapping[str, Any] | None | Omit = omit,
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
    | None
    | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> InputTokenCountResponse:
    """Returns input token counts of the request.

    Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

    Send ``POST /responses/input_tokens`` and return the parsed result.

    Args:
        model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models
            with different capabilities, performance characteristics, and price points. Refer to the [model
            guide](/docs/models) to browse and compare available models.
        input: Text, image, or file inputs to the model, used to generate a response
        previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
            conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
            conjunction with `conversation`.
        tools: An array of tools the model may call while generating a response. You can specify which tool to use
            by setting the `tool_choice` parameter.
        text: Configuration options for a text response from the model. Can be plain text or structured JSON data.
            Learn more:

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
        conversation: The conversation that this response belongs to. Items from this conversation are prepended to
            `input_items` for this response request. Input items and output items from this response are automatically
            added to this conversation after this response completes.
        tool_choice: Controls which tool the model should use, if any.
        parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        InputTokenCountResponse: the parsed 2xx body.

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
            )
        )
    )


async def asyncio_detailed(
    client: Client,
    /,
    *,
    model: str | None | Omit = omit,
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
    | None
    | Omit = omit,
    text: ResponseTextConfig | Mapping[str, Any] | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
    truncation: TruncationEnum | Omit = omit,
    instructions: str | None | Omit = omit,
    personality: str | PersonalityEnumType1 | Omit = omit,
    conversation: str | ResponseConversationParam | Mapping[str, Any] | None | Omit = omit,
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
    | None
    | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> Detailed[InputTokenCountResponse]:
    """Returns input token counts of the request.

    Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

    Send ``POST /responses/input_tokens`` and return the parsed result with the response details.

    Args:
        model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models
            with different capabilities, performance characteristics, and price points. Refer to the [model
            guide](/docs/models) to browse and compare available models.
        input: Text, image, or file inputs to the model, used to generate a response
        previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
            conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
            conjunction with `conversation`.
        tools: An array of tools the model may call while generating a response. You can specify which tool to use
            by setting the `tool_choice` parameter.
        text: Configuration options for a text response from the model. Can be plain text or structured JSON data.
            Learn more:

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
        conversation: The conversation that this response belongs to. Items from this conversation are prepended to
            `input_items` for this response request. Input items and output items from this response are automatically
            added to this conversation after this response completes.
        tool_choice: Controls which tool the model should use, if any.
        parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        Response[InputTokenCountResponse]: status, headers, raw content and the parsed result.

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
        )
    )
    return build_response(response, parse_response(response))


async def asyncio(
    client: Client,
    /,
    *,
    model: str | None | Omit = omit,
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
    | None
    | Omit = omit,
    text: ResponseTextConfig | Mapping[str, Any] | None | Omit = omit,
    reasoning: Reasoning | Mapping[str, Any] | None | Omit = omit,
    truncation: TruncationEnum | Omit = omit,
    instructions: str | None | Omit = omit,
    personality: str | PersonalityEnumType1 | Omit = omit,
    conversation: str | ResponseConversationParam | Mapping[str, Any] | None | Omit = omit,
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
    | None
    | Omit = omit,
    parallel_tool_calls: bool | None | Omit = omit,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx2.Timeout | None | NotGiven = NOT_GIVEN,
) -> InputTokenCountResponse:
    """Returns input token counts of the request.

    Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

    Send ``POST /responses/input_tokens`` and return the parsed result.

    Args:
        model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models
            with different capabilities, performance characteristics, and price points. Refer to the [model
            guide](/docs/models) to browse and compare available models.
        input: Text, image, or file inputs to the model, used to generate a response
        previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
            conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
            conjunction with `conversation`.
        tools: An array of tools the model may call while generating a response. You can specify which tool to use
            by setting the `tool_choice` parameter.
        text: Configuration options for a text response from the model. Can be plain text or structured JSON data.
            Learn more:

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
        conversation: The conversation that this response belongs to. Items from this conversation are prepended to
            `input_items` for this response request. Input items and output items from this response are automatically
            added to this conversation after this response completes.
        tool_choice: Controls which tool the model should use, if any.
        parallel_tool_calls: Whether to allow the model to run tool calls in parallel.
        extra_headers: Headers to send with this request, on top of the client's.
        extra_query: Query parameters to add to this request's URL.
        extra_body: Properties to add to this request's JSON body (or form fields to a multipart one).
        timeout: This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's.

    Returns:
        InputTokenCountResponse: the parsed 2xx body.

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
            )
        )
    )
