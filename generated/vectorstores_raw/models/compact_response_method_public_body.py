# Generated from openapi.yaml by make generate; do not edit.
"""The ``CompactResponseMethodPublicBody`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.model_ids_shared_type_1 import ModelIdsSharedType1
from ..models.prompt_cache_retention_enum import PromptCacheRetentionEnum
from ..models.responses_only_model import ResponsesOnlyModel
from ..models.service_tier_enum import ServiceTierEnum
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
    list_parser,
    union_parser,
)

if TYPE_CHECKING:
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger import CompactionTrigger
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.easy_input_message import EasyInputMessage
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.image_generation_call import ImageGenerationCall
    from ..models.input_message import InputMessage
    from ..models.item_reference import ItemReference
    from ..models.local_shell_call import LocalShellCall
    from ..models.local_shell_call_output import LocalShellCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam
    from ..models.response_file_search_tool_call import ResponseFileSearchToolCall
    from ..models.response_function_tool_call import ResponseFunctionToolCall
    from ..models.response_output_message import ResponseOutputMessage
    from ..models.response_reasoning_item import ResponseReasoningItem
    from ..models.shell_tool_call_output import ShellToolCallOutput
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.web_search_tool_call import WebSearchToolCall

T = TypeVar("T", bound="CompactResponseMethodPublicBody")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("model", "model"),
    ("input", "input"),
    ("instructions", "instructions"),
    ("previous_response_id", "previous_response_id"),
    ("prompt_cache_key", "prompt_cache_key"),
    ("prompt_cache_options", "prompt_cache_options"),
    ("prompt_cache_retention", "prompt_cache_retention"),
    ("service_tier", "service_tier"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {
        "model",
        "input",
        "instructions",
        "previous_response_id",
        "prompt_cache_key",
        "prompt_cache_options",
        "prompt_cache_retention",
        "service_tier",
    }
)


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.additional_tools_item_param import AdditionalToolsItemParam  # noqa: PLC0415
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam  # noqa: PLC0415
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam  # noqa: PLC0415
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: PLC0415
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam  # noqa: PLC0415
    from ..models.compaction_trigger import CompactionTrigger  # noqa: PLC0415
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam  # noqa: PLC0415
    from ..models.computer_tool_call import ComputerToolCall  # noqa: PLC0415
    from ..models.custom_tool_call import CustomToolCall  # noqa: PLC0415
    from ..models.custom_tool_call_output import CustomToolCallOutput  # noqa: PLC0415
    from ..models.easy_input_message import EasyInputMessage  # noqa: PLC0415
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam  # noqa: PLC0415
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam  # noqa: PLC0415
    from ..models.image_generation_call import ImageGenerationCall  # noqa: PLC0415
    from ..models.input_message import InputMessage  # noqa: PLC0415
    from ..models.item_reference import ItemReference  # noqa: PLC0415
    from ..models.local_shell_call import LocalShellCall  # noqa: PLC0415
    from ..models.local_shell_call_output import LocalShellCallOutput  # noqa: PLC0415
    from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: PLC0415
    from ..models.mcp_approval_response import MCPApprovalResponse  # noqa: PLC0415
    from ..models.mcp_list_tools import MCPListTools  # noqa: PLC0415
    from ..models.mcp_tool_call import MCPToolCall  # noqa: PLC0415
    from ..models.program_item_param import ProgramItemParam  # noqa: PLC0415
    from ..models.program_output_item_param import ProgramOutputItemParam  # noqa: PLC0415
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam  # noqa: PLC0415
    from ..models.response_file_search_tool_call import ResponseFileSearchToolCall  # noqa: PLC0415
    from ..models.response_function_tool_call import ResponseFunctionToolCall  # noqa: PLC0415
    from ..models.response_output_message import ResponseOutputMessage  # noqa: PLC0415
    from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
    from ..models.shell_tool_call_output import ShellToolCallOutput  # noqa: PLC0415
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam  # noqa: PLC0415
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam  # noqa: PLC0415
    from ..models.web_search_tool_call import WebSearchToolCall  # noqa: PLC0415

    return (
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
        PromptCacheOptionsParam.from_dict,
    )


@_attrs_define(init=False, repr=False)
class CompactResponseMethodPublicBody(BaseModel):
    """The CompactResponseMethodPublicBody object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    model: str | ModelIdsSharedType1 | ResponsesOnlyModel | None
    """Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different
    capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse
    and compare available models.
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
    """Text, image, or file inputs to the model, used to generate a response"""
    instructions: str | None
    """A system (or developer) message inserted into the model's context. When used along with `previous_response_id`,
    the instructions from a previous response will not be carried over to the next response. This makes it simple to
    swap out system (or developer) messages in new responses.
    """
    previous_response_id: str | None
    """The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more
    about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    """
    prompt_cache_key: str | None
    """A key to use when reading from or writing to the prompt cache."""
    prompt_cache_options: PromptCacheOptionsParam | None
    """Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses
    one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`.
    Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80
    breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the
    implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt
    caching guide](/docs/guides/prompt-caching) for current details.
    """
    prompt_cache_retention: PromptCacheRetentionEnum | None
    """How long to retain a prompt cache entry created by this request."""
    service_tier: ServiceTierEnum | None
    """Specifies the processing type used for serving the request.   - If set to 'auto', then the request will be
    processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will
    use 'default'.   - If set to 'default', then the request will be processed with the standard pricing and
    performance for the selected model.   - If set to '[flex](/docs/guides/flex-processing)', then the request will
    be processed with the Flex Processing service tier.   - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at
    the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat
    Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or
    `priority` in your request.   - When not set, the default behavior is 'auto'. When the `service_tier` parameter
    is set, the response body will include the `service_tier` value based on the processing mode actually used to
    serve the request. This response value may be different from the value set in the parameter.
    """

    _fields = _FIELDS
    _required = frozenset({"model"})

    def __init__(
        self,
        *,
        model: str | ModelIdsSharedType1 | ResponsesOnlyModel | None,
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
        previous_response_id: str | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        prompt_cache_options: PromptCacheOptionsParam | None | Unset = UNSET,
        prompt_cache_retention: PromptCacheRetentionEnum | None | Unset = UNSET,
        service_tier: ServiceTierEnum | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"model"}
        self.model = model
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
        if isinstance(previous_response_id, Unset):
            self.previous_response_id = None
        else:
            self.previous_response_id = previous_response_id
            _given_keys.add("previous_response_id")
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
        if isinstance(service_tier, Unset):
            self.service_tier = None
        else:
            self.service_tier = service_tier
            _given_keys.add("service_tier")
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
        ) = _parsers()
        obj.model = pop("model", None)
        obj.input = lenient(pop("input", None), parse_1)
        obj.instructions = pop("instructions", None)
        obj.previous_response_id = pop("previous_response_id", None)
        obj.prompt_cache_key = pop("prompt_cache_key", None)
        obj.prompt_cache_options = lenient(pop("prompt_cache_options", None), parse_2)
        obj.prompt_cache_retention = pop("prompt_cache_retention", None)
        obj.service_tier = pop("service_tier", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "model" in data
