# Generated from openapi.yaml by make generate; do not edit.
"""The ``CreateResponse`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.create_response_prompt_cache_retention_type_0 import (
    CreateResponsePromptCacheRetentionType0,
)
from ..models.create_response_truncation_type_0 import (
    CreateResponseTruncationType0,
)
from ..models.include_enum import IncludeEnum
from ..models.model_ids_shared_type_1 import ModelIdsSharedType1
from ..models.responses_only_model import ResponsesOnlyModel
from ..models.service_tier_responses_type_0 import ServiceTierResponsesType0
from ..models.tool_choice_mode import ToolChoiceMode
from ..types import (
    UNSET,
    Unset,
    as_float,
    discriminated_parser,
    lenient,
    list_parser,
    union_parser,
)

if TYPE_CHECKING:
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.allowed_tools import AllowedTools
    from ..models.apply_patch_tool import ApplyPatchTool
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from ..models.code_interpreter import CodeInterpreter
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger import CompactionTrigger
    from ..models.computer import Computer
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_use_preview import ComputerUsePreview
    from ..models.context_management_param import ContextManagementParam
    from ..models.conversation_object import ConversationObject
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.custom_tool_param import CustomToolParam
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool import FileSearchTool
    from ..models.function import Function
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_tool import FunctionTool
    from ..models.hosted_tool import HostedTool
    from ..models.image_generation_call import ImageGenerationCall
    from ..models.image_generation_tool import ImageGenerationTool
    from ..models.input_message import InputMessage
    from ..models.item_reference import ItemReference
    from ..models.local_shell_call import LocalShellCall
    from ..models.local_shell_call_output import LocalShellCallOutput
    from ..models.local_shell_tool import LocalShellTool
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool import MCPTool
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.moderation_param import ModerationParam
    from ..models.namespace import Namespace
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam
    from ..models.prompt_type_0 import PromptType0
    from ..models.reasoning import Reasoning
    from ..models.response_file_search_tool_call import ResponseFileSearchToolCall
    from ..models.response_function_tool_call import ResponseFunctionToolCall
    from ..models.response_output_message import ResponseOutputMessage
    from ..models.response_reasoning_item import ResponseReasoningItem
    from ..models.response_stream_options_type_0 import ResponseStreamOptionsType0
    from ..models.response_text_param import ResponseTextParam
    from ..models.shell_tool import ShellTool
    from ..models.shell_tool_call_output import ShellToolCallOutput
    from ..models.specific_apply_patch_tool_choice import SpecificApplyPatchToolChoice
    from ..models.specific_programmatic_tool_calling_param import SpecificProgrammaticToolCallingParam
    from ..models.specific_shell_tool_choice import SpecificShellToolChoice
    from ..models.tool_choice_custom import ToolChoiceCustom
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.tool_search_tool import ToolSearchTool
    from ..models.web_search_preview import WebSearchPreview
    from ..models.web_search_tool import WebSearchTool
    from ..models.web_search_tool_call import WebSearchToolCall

T = TypeVar("T", bound="CreateResponse")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("background", "background"),
    ("context_management", "context_management"),
    ("conversation", "conversation"),
    ("include", "include"),
    ("input", "input"),
    ("instructions", "instructions"),
    ("max_output_tokens", "max_output_tokens"),
    ("max_tool_calls", "max_tool_calls"),
    ("metadata", "metadata"),
    ("model", "model"),
    ("moderation", "moderation"),
    ("parallel_tool_calls", "parallel_tool_calls"),
    ("previous_response_id", "previous_response_id"),
    ("prompt", "prompt"),
    ("prompt_cache_key", "prompt_cache_key"),
    ("prompt_cache_options", "prompt_cache_options"),
    ("prompt_cache_retention", "prompt_cache_retention"),
    ("reasoning", "reasoning"),
    ("safety_identifier", "safety_identifier"),
    ("service_tier", "service_tier"),
    ("store", "store"),
    ("stream", "stream"),
    ("stream_options", "stream_options"),
    ("temperature", "temperature"),
    ("text", "text"),
    ("tool_choice", "tool_choice"),
    ("tools", "tools"),
    ("top_logprobs", "top_logprobs"),
    ("top_p", "top_p"),
    ("truncation", "truncation"),
    ("user", "user"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {
        "background",
        "context_management",
        "conversation",
        "include",
        "input",
        "instructions",
        "max_output_tokens",
        "max_tool_calls",
        "metadata",
        "model",
        "moderation",
        "parallel_tool_calls",
        "previous_response_id",
        "prompt",
        "prompt_cache_key",
        "prompt_cache_options",
        "prompt_cache_retention",
        "reasoning",
        "safety_identifier",
        "service_tier",
        "store",
        "stream",
        "stream_options",
        "temperature",
        "text",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "truncation",
        "user",
    }
)


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.additional_tools_item_param import AdditionalToolsItemParam  # noqa: PLC0415
    from ..models.allowed_tools import AllowedTools  # noqa: PLC0415
    from ..models.apply_patch_tool import ApplyPatchTool  # noqa: PLC0415
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam  # noqa: PLC0415
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam  # noqa: PLC0415
    from ..models.code_interpreter import CodeInterpreter  # noqa: PLC0415
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: PLC0415
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam  # noqa: PLC0415
    from ..models.compaction_trigger import CompactionTrigger  # noqa: PLC0415
    from ..models.computer import Computer  # noqa: PLC0415
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam  # noqa: PLC0415
    from ..models.computer_tool_call import ComputerToolCall  # noqa: PLC0415
    from ..models.computer_use_preview import ComputerUsePreview  # noqa: PLC0415
    from ..models.context_management_param import ContextManagementParam  # noqa: PLC0415
    from ..models.conversation_object import ConversationObject  # noqa: PLC0415
    from ..models.custom_tool_call import CustomToolCall  # noqa: PLC0415
    from ..models.custom_tool_call_output import CustomToolCallOutput  # noqa: PLC0415
    from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
    from ..models.easy_input_message import EasyInputMessage  # noqa: PLC0415
    from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
    from ..models.function import Function  # noqa: PLC0415
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam  # noqa: PLC0415
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam  # noqa: PLC0415
    from ..models.function_tool import FunctionTool  # noqa: PLC0415
    from ..models.hosted_tool import HostedTool  # noqa: PLC0415
    from ..models.image_generation_call import ImageGenerationCall  # noqa: PLC0415
    from ..models.image_generation_tool import ImageGenerationTool  # noqa: PLC0415
    from ..models.input_message import InputMessage  # noqa: PLC0415
    from ..models.item_reference import ItemReference  # noqa: PLC0415
    from ..models.local_shell_call import LocalShellCall  # noqa: PLC0415
    from ..models.local_shell_call_output import LocalShellCallOutput  # noqa: PLC0415
    from ..models.local_shell_tool import LocalShellTool  # noqa: PLC0415
    from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: PLC0415
    from ..models.mcp_approval_response import MCPApprovalResponse  # noqa: PLC0415
    from ..models.mcp_list_tools import MCPListTools  # noqa: PLC0415
    from ..models.mcp_tool import MCPTool  # noqa: PLC0415
    from ..models.mcp_tool_call import MCPToolCall  # noqa: PLC0415
    from ..models.moderation_param import ModerationParam  # noqa: PLC0415
    from ..models.namespace import Namespace  # noqa: PLC0415
    from ..models.program_item_param import ProgramItemParam  # noqa: PLC0415
    from ..models.program_output_item_param import ProgramOutputItemParam  # noqa: PLC0415
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam  # noqa: PLC0415
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam  # noqa: PLC0415
    from ..models.prompt_type_0 import PromptType0  # noqa: PLC0415
    from ..models.reasoning import Reasoning  # noqa: PLC0415
    from ..models.response_file_search_tool_call import ResponseFileSearchToolCall  # noqa: PLC0415
    from ..models.response_function_tool_call import ResponseFunctionToolCall  # noqa: PLC0415
    from ..models.response_output_message import ResponseOutputMessage  # noqa: PLC0415
    from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
    from ..models.response_stream_options_type_0 import ResponseStreamOptionsType0  # noqa: PLC0415
    from ..models.response_text_param import ResponseTextParam  # noqa: PLC0415
    from ..models.shell_tool import ShellTool  # noqa: PLC0415
    from ..models.shell_tool_call_output import ShellToolCallOutput  # noqa: PLC0415
    from ..models.specific_apply_patch_tool_choice import SpecificApplyPatchToolChoice  # noqa: PLC0415
    from ..models.specific_programmatic_tool_calling_param import SpecificProgrammaticToolCallingParam  # noqa: PLC0415
    from ..models.specific_shell_tool_choice import SpecificShellToolChoice  # noqa: PLC0415
    from ..models.tool_choice_custom import ToolChoiceCustom  # noqa: PLC0415
    from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: PLC0415
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam  # noqa: PLC0415
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam  # noqa: PLC0415
    from ..models.tool_search_tool import ToolSearchTool  # noqa: PLC0415
    from ..models.web_search_preview import WebSearchPreview  # noqa: PLC0415
    from ..models.web_search_tool import WebSearchTool  # noqa: PLC0415
    from ..models.web_search_tool_call import WebSearchToolCall  # noqa: PLC0415

    return (
        union_parser(list_parser(ContextManagementParam.from_dict)),
        ConversationObject.from_dict,
        union_parser(
            list_parser(
                discriminated_parser(
                    "type",
                    {
                        "message": (EasyInputMessage, InputMessage, ResponseOutputMessage),
                        "file_search_call": ResponseFileSearchToolCall,
                        "computer_call": ComputerToolCall,
                        "computer_call_output": ComputerCallOutputItemParam,
                        "web_search_call": WebSearchToolCall,
                        "function_call": ResponseFunctionToolCall,
                        "function_call_output": FunctionCallOutputItemParam,
                        "tool_search_call": ToolSearchCallItemParam,
                        "tool_search_output": ToolSearchOutputItemParam,
                        "additional_tools": AdditionalToolsItemParam,
                        "reasoning": ResponseReasoningItem,
                        "compaction": CompactionSummaryItemParam,
                        "image_generation_call": ImageGenerationCall,
                        "code_interpreter_call": CodeInterpreterToolCall,
                        "local_shell_call": LocalShellCall,
                        "local_shell_call_output": LocalShellCallOutput,
                        "shell_call": FunctionShellCallItemParam,
                        "shell_call_output": ShellToolCallOutput,
                        "apply_patch_call": ApplyPatchToolCallItemParam,
                        "apply_patch_call_output": ApplyPatchToolCallOutputItemParam,
                        "mcp_list_tools": MCPListTools,
                        "mcp_approval_request": MCPApprovalRequest,
                        "mcp_approval_response": MCPApprovalResponse,
                        "mcp_call": MCPToolCall,
                        "custom_tool_call_output": CustomToolCallOutput,
                        "custom_tool_call": CustomToolCall,
                        "compaction_trigger": CompactionTrigger,
                        "item_reference": ItemReference,
                        "program": ProgramItemParam,
                        "program_output": ProgramOutputItemParam,
                    },
                )
            )
        ),
        ModerationParam.from_dict,
        PromptType0.from_dict,
        PromptCacheOptionsParam.from_dict,
        Reasoning.from_dict,
        ResponseStreamOptionsType0.from_dict,
        as_float,
        ResponseTextParam.from_dict,
        discriminated_parser(
            "type",
            {
                "allowed_tools": AllowedTools,
                "code_interpreter": HostedTool,
                "computer": HostedTool,
                "computer_use": HostedTool,
                "computer_use_preview": HostedTool,
                "file_search": HostedTool,
                "image_generation": HostedTool,
                "web_search_preview": HostedTool,
                "web_search_preview_2025_03_11": HostedTool,
                "function": FunctionTool,
                "mcp": ToolChoiceMCP,
                "custom": ToolChoiceCustom,
                "programmatic_tool_calling": SpecificProgrammaticToolCallingParam,
                "apply_patch": SpecificApplyPatchToolChoice,
                "shell": SpecificShellToolChoice,
            },
        ),
        list_parser(
            discriminated_parser(
                "type",
                {
                    "function": Function,
                    "file_search": FileSearchTool,
                    "computer": Computer,
                    "computer_use_preview": ComputerUsePreview,
                    "web_search": WebSearchTool,
                    "web_search_2025_08_26": WebSearchTool,
                    "mcp": MCPTool,
                    "code_interpreter": CodeInterpreter,
                    "programmatic_tool_calling": ProgrammaticToolCallingParam,
                    "image_generation": ImageGenerationTool,
                    "local_shell": LocalShellTool,
                    "shell": ShellTool,
                    "custom": CustomToolParam,
                    "namespace": Namespace,
                    "tool_search": ToolSearchTool,
                    "web_search_preview": WebSearchPreview,
                    "web_search_preview_2025_03_11": WebSearchPreview,
                    "apply_patch": ApplyPatchTool,
                },
            )
        ),
        as_float,
    )


@_attrs_define(init=False, repr=False)
class CreateResponse(BaseModel):
    """The CreateResponse object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    background: bool | None
    """Whether to run the model response in the background. [Learn more](/docs/guides/background)."""
    context_management: list[ContextManagementParam] | None
    """Context management configuration for this request."""
    conversation: str | ConversationObject | None
    """The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for
    this response request. Input items and output items from this response are automatically added to this
    conversation after this response completes.
    """
    include: list[IncludeEnum] | None
    """Specify additional output data to include in the model response. Currently supported values are:

    - `web_search_call.action.sources`: Include the sources of the web search tool call.
    - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call
      items.
    - `computer_call_output.output.image_url`: Include image urls from the computer call output.
    - `file_search_call.results`: Include the search results of the file search tool call.
    - `message.input_image.image_url`: Include image urls from the input message.
    - `message.output_text.logprobs`: Include logprobs with assistant messages.
    - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs.
      This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly
      (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data
      retention program).
    """
    input: (
        str
        | list[
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
        ]
        | None
    )
    """Text, image, or file inputs to the model, used to generate a response.

    Learn more:

    - [Text inputs and outputs](/docs/guides/text)
    - [Image inputs](/docs/guides/images)
    - [File inputs](/docs/guides/pdf-files)
    - [Conversation state](/docs/guides/conversation-state)
    - [Function calling](/docs/guides/function-calling)
    """
    instructions: str | None
    """A system (or developer) message inserted into the model's context.

    When using along with `previous_response_id`, the instructions from a previous response will not be carried over
    to the next response. This makes it simple to swap out system (or developer) messages in new responses.
    """
    max_output_tokens: int | None
    """An upper bound for the number of tokens that can be generated for a response, including visible output tokens and
    [reasoning tokens](/docs/guides/reasoning).
    """
    max_tool_calls: int | None
    """The maximum number of total calls to built-in tools that can be processed in a response. This maximum number
    applies across all built-in tool calls, not per individual tool. Any further attempts to call a tool by the model
    will be ignored.
    """
    metadata: dict[str, str] | None
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
    characters.
    """
    model: str | ModelIdsSharedType1 | ResponsesOnlyModel | None
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with
    different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models.
    """
    moderation: ModerationParam | None
    """Configuration for running moderation on the input and output of this response."""
    parallel_tool_calls: bool | None
    """Whether to allow the model to run tool calls in parallel."""
    previous_response_id: str | None
    """The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more
    about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    """
    prompt: PromptType0 | None
    """Reference to a prompt template and its variables. [Learn
    more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """
    prompt_cache_key: str | None
    """Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user`
    field. [Learn more](/docs/guides/prompt-caching).
    """
    prompt_cache_options: PromptCacheOptionsParam | None
    """Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses
    one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`.
    Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80
    breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the
    implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt
    caching guide](/docs/guides/prompt-caching) for current details.
    """
    prompt_cache_retention: CreateResponsePromptCacheRetentionType0 | None
    """Deprecated. Use `prompt_cache_options.ttl` instead.

    The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached
    prefixes active for longer, up to a maximum of 24 hours. [Learn
    more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention policy, while
    `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are independent and do not
    interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.

    For older models that support both `in_memory` and `24h`, the default depends on your organization's data
    retention policy:

      - Organizations without ZDR enabled default to `24h`.
      - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
    """
    reasoning: Reasoning | None
    """**gpt-5 and o-series models only**

    Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    """
    safety_identifier: str | None
    """A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We
    recommend hashing their username or email address, in order to avoid sending us any identifying information.
    [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    """
    service_tier: ServiceTierResponsesType0 | None
    """Specifies the processing type used for serving the request.

      - If set to 'auto', then the request will be processed with the service tier configured in the Project
        settings. Unless otherwise configured, the Project will use 'default'.
      - If set to 'default', then the request will be processed with the standard pricing and performance for the
        selected model.
      - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing
        service tier.
      - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or
        `service_tier=priority` parameter for Responses or Chat Completions. The response will show
        `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.
      - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast Processing
        service tier. This tier is currently available for `gpt-5.6-sol`; a response served through it will show
        `service_tier=ultrafast`.
      - When not set, the default behavior is 'auto'.

    When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the
    processing mode actually used to serve the request. This response value may be different from the value set in
    the parameter.
    """
    store: bool | None
    """Whether to store the generated model response for later retrieval via API."""
    stream: bool | None
    """If set to true, the model response data will be streamed to the client as it is generated using [server-sent
    events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
    """
    stream_options: ResponseStreamOptionsType0 | None
    """Options for streaming responses. Only set this when you set `stream: true`."""
    temperature: float | None
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while
    lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or
    `top_p` but not both.
    """
    text: ResponseTextParam | None
    """Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more:

    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """
    tool_choice: (
        ToolChoiceMode
        | AllowedTools
        | HostedTool
        | FunctionTool
        | ToolChoiceMCP
        | ToolChoiceCustom
        | SpecificProgrammaticToolCallingParam
        | SpecificApplyPatchToolChoice
        | SpecificShellToolChoice
        | None
    )
    """How the model should select which tool (or tools) to use when generating a response. See the `tools` parameter to
    see how to specify which tools the model can call.
    """
    tools: (
        list[
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
        ]
        | None
    )
    """An array of tools the model may call while generating a response. You can specify which tool to use by setting
    the `tool_choice` parameter.

    We support the following categories of tools:

    - **Built-in tools**: Tools that are provided by OpenAI that extend the model's capabilities, like [web
      search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search). Learn more about
      [built-in tools](/docs/guides/tools).
    - **MCP Tools**: Integrations with third-party systems via custom MCP servers or predefined connectors such as
      Google Drive and SharePoint. Learn more about [MCP Tools](/docs/guides/tools-connectors-mcp).
    - **Function calls (custom tools)**: Functions that are defined by you, enabling the model to call your own code
      with strongly typed arguments and outputs. Learn more about [function calling](/docs/guides/function-calling).
      You can also use custom tools to call your own code.
    """
    top_logprobs: int | None
    """An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position,
    each with an associated log probability. In some cases, the number of returned tokens may be fewer than
    requested.
    """
    top_p: float | None
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of
    the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are
    considered.

    We generally recommend altering this or `temperature` but not both.
    """
    truncation: CreateResponseTruncationType0 | None
    """Deprecated. The truncation strategy to use for the model response.

    - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the
      response to fit the context window by dropping items from the beginning of the conversation.
    - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail
      with a 400 error.
    """
    user: str | None
    """Deprecated. This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key`
    instead to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates
    by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn
    more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        background: bool | None | Unset = UNSET,
        context_management: list[ContextManagementParam] | None | Unset = UNSET,
        conversation: str | ConversationObject | None | Unset = UNSET,
        include: list[IncludeEnum] | None | Unset = UNSET,
        input: str
        | list[
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
        ]
        | None
        | Unset = UNSET,
        instructions: str | None | Unset = UNSET,
        max_output_tokens: int | None | Unset = UNSET,
        max_tool_calls: int | None | Unset = UNSET,
        metadata: dict[str, str] | None | Unset = UNSET,
        model: str | ModelIdsSharedType1 | ResponsesOnlyModel | None | Unset = UNSET,
        moderation: ModerationParam | None | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        previous_response_id: str | None | Unset = UNSET,
        prompt: PromptType0 | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        prompt_cache_options: PromptCacheOptionsParam | None | Unset = UNSET,
        prompt_cache_retention: CreateResponsePromptCacheRetentionType0 | None | Unset = UNSET,
        reasoning: Reasoning | None | Unset = UNSET,
        safety_identifier: str | None | Unset = UNSET,
        service_tier: ServiceTierResponsesType0 | None | Unset = UNSET,
        store: bool | None | Unset = UNSET,
        stream: bool | None | Unset = UNSET,
        stream_options: ResponseStreamOptionsType0 | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        text: ResponseTextParam | None | Unset = UNSET,
        tool_choice: ToolChoiceMode
        | AllowedTools
        | HostedTool
        | FunctionTool
        | ToolChoiceMCP
        | ToolChoiceCustom
        | SpecificProgrammaticToolCallingParam
        | SpecificApplyPatchToolChoice
        | SpecificShellToolChoice
        | None
        | Unset = UNSET,
        tools: list[
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
        ]
        | None
        | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        truncation: CreateResponseTruncationType0 | None | Unset = UNSET,
        user: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(background, Unset):
            self.background = None
        else:
            self.background = background
            _given_keys.add("background")
        if isinstance(context_management, Unset):
            self.context_management = None
        else:
            self.context_management = context_management
            _given_keys.add("context_management")
        if isinstance(conversation, Unset):
            self.conversation = None
        else:
            self.conversation = conversation
            _given_keys.add("conversation")
        if isinstance(include, Unset):
            self.include = None
        else:
            self.include = include
            _given_keys.add("include")
        if isinstance(input, Unset):
            self.input = None
        else:
            self.input = input
            _given_keys.add("input")
        if isinstance(instructions, Unset):
            self.instructions = None
        else:
            self.instructions = instructions
            _given_keys.add("instructions")
        if isinstance(max_output_tokens, Unset):
            self.max_output_tokens = None
        else:
            self.max_output_tokens = max_output_tokens
            _given_keys.add("max_output_tokens")
        if isinstance(max_tool_calls, Unset):
            self.max_tool_calls = None
        else:
            self.max_tool_calls = max_tool_calls
            _given_keys.add("max_tool_calls")
        if isinstance(metadata, Unset):
            self.metadata = None
        else:
            self.metadata = metadata
            _given_keys.add("metadata")
        if isinstance(model, Unset):
            self.model = None
        else:
            self.model = model
            _given_keys.add("model")
        if isinstance(moderation, Unset):
            self.moderation = None
        else:
            self.moderation = moderation
            _given_keys.add("moderation")
        if isinstance(parallel_tool_calls, Unset):
            self.parallel_tool_calls = None
        else:
            self.parallel_tool_calls = parallel_tool_calls
            _given_keys.add("parallel_tool_calls")
        if isinstance(previous_response_id, Unset):
            self.previous_response_id = None
        else:
            self.previous_response_id = previous_response_id
            _given_keys.add("previous_response_id")
        if isinstance(prompt, Unset):
            self.prompt = None
        else:
            self.prompt = prompt
            _given_keys.add("prompt")
        if isinstance(prompt_cache_key, Unset):
            self.prompt_cache_key = None
        else:
            self.prompt_cache_key = prompt_cache_key
            _given_keys.add("prompt_cache_key")
        if isinstance(prompt_cache_options, Unset):
            self.prompt_cache_options = None
        else:
            self.prompt_cache_options = prompt_cache_options
            _given_keys.add("prompt_cache_options")
        if isinstance(prompt_cache_retention, Unset):
            self.prompt_cache_retention = None
        else:
            self.prompt_cache_retention = prompt_cache_retention
            _given_keys.add("prompt_cache_retention")
        if isinstance(reasoning, Unset):
            self.reasoning = None
        else:
            self.reasoning = reasoning
            _given_keys.add("reasoning")
        if isinstance(safety_identifier, Unset):
            self.safety_identifier = None
        else:
            self.safety_identifier = safety_identifier
            _given_keys.add("safety_identifier")
        if isinstance(service_tier, Unset):
            self.service_tier = None
        else:
            self.service_tier = service_tier
            _given_keys.add("service_tier")
        if isinstance(store, Unset):
            self.store = None
        else:
            self.store = store
            _given_keys.add("store")
        if isinstance(stream, Unset):
            self.stream = None
        else:
            self.stream = stream
            _given_keys.add("stream")
        if isinstance(stream_options, Unset):
            self.stream_options = None
        else:
            self.stream_options = stream_options
            _given_keys.add("stream_options")
        if isinstance(temperature, Unset):
            self.temperature = None
        else:
            self.temperature = temperature
            _given_keys.add("temperature")
        if isinstance(text, Unset):
            self.text = None
        else:
            self.text = text
            _given_keys.add("text")
        if isinstance(tool_choice, Unset):
            self.tool_choice = None
        else:
            self.tool_choice = tool_choice
            _given_keys.add("tool_choice")
        if isinstance(tools, Unset):
            self.tools = None
        else:
            self.tools = tools
            _given_keys.add("tools")
        if isinstance(top_logprobs, Unset):
            self.top_logprobs = None
        else:
            self.top_logprobs = top_logprobs
            _given_keys.add("top_logprobs")
        if isinstance(top_p, Unset):
            self.top_p = None
        else:
            self.top_p = top_p
            _given_keys.add("top_p")
        if isinstance(truncation, Unset):
            self.truncation = None
        else:
            self.truncation = truncation
            _given_keys.add("truncation")
        if isinstance(user, Unset):
            self.user = None
        else:
            self.user = user
            _given_keys.add("user")
        self.additional_properties = {}
        self._given = _given_keys
        self._request_id = None

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object without raising on missing, null or unexpected values."""
        if not isinstance(src_dict, Mapping):  # dict("") is {} and a list of pairs a dict: neither fits
            raise TypeError(f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        # Straight-line assignments, not __init__: parsing is the hot path.
        obj = cls.__new__(cls)
        obj._given = _KEYS.intersection(d)
        pop = d.pop
        (
            parse_1,
            parse_2,
            parse_3,
            parse_4,
            parse_5,
            parse_6,
            parse_7,
            parse_8,
            parse_9,
            parse_10,
            parse_11,
            parse_12,
            parse_13,
        ) = _parsers()
        obj.background = pop("background", None)
        obj.context_management = lenient(pop("context_management", None), parse_1)
        obj.conversation = lenient(pop("conversation", None), parse_2)
        obj.include = pop("include", None)
        obj.input = lenient(pop("input", None), parse_3)
        obj.instructions = pop("instructions", None)
        obj.max_output_tokens = pop("max_output_tokens", None)
        obj.max_tool_calls = pop("max_tool_calls", None)
        obj.metadata = pop("metadata", None)
        obj.model = pop("model", None)
        obj.moderation = lenient(pop("moderation", None), parse_4)
        obj.parallel_tool_calls = pop("parallel_tool_calls", None)
        obj.previous_response_id = pop("previous_response_id", None)
        obj.prompt = lenient(pop("prompt", None), parse_5)
        obj.prompt_cache_key = pop("prompt_cache_key", None)
        obj.prompt_cache_options = lenient(pop("prompt_cache_options", None), parse_6)
        obj.prompt_cache_retention = pop("prompt_cache_retention", None)
        obj.reasoning = lenient(pop("reasoning", None), parse_7)
        obj.safety_identifier = pop("safety_identifier", None)
        obj.service_tier = pop("service_tier", None)
        obj.store = pop("store", None)
        obj.stream = pop("stream", None)
        obj.stream_options = lenient(pop("stream_options", None), parse_8)
        obj.temperature = lenient(pop("temperature", None), parse_9)
        obj.text = lenient(pop("text", None), parse_10)
        obj.tool_choice = lenient(pop("tool_choice", None), parse_11)
        obj.tools = lenient(pop("tools", None), parse_12)
        obj.top_logprobs = pop("top_logprobs", None)
        obj.top_p = lenient(pop("top_p", None), parse_13)
        obj.truncation = pop("truncation", None)
        obj.user = pop("user", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
