# Generated from openapi.yaml by make generate; do not edit.
"""The ``TokenCountsBody`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.personality_enum_type_1 import PersonalityEnumType1
from ..models.tool_choice_mode import ToolChoiceMode
from ..models.truncation_enum import TruncationEnum
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
    from ..models.namespace import Namespace
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.reasoning import Reasoning
    from ..models.response_file_search_tool_call import ResponseFileSearchToolCall
    from ..models.response_function_tool_call import ResponseFunctionToolCall
    from ..models.response_output_message import ResponseOutputMessage
    from ..models.response_reasoning_item import ResponseReasoningItem
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

T = TypeVar("T", bound="TokenCountsBody")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("conversation", "conversation"),
    ("input", "input"),
    ("instructions", "instructions"),
    ("model", "model"),
    ("parallel_tool_calls", "parallel_tool_calls"),
    ("personality", "personality"),
    ("previous_response_id", "previous_response_id"),
    ("reasoning", "reasoning"),
    ("text", "text"),
    ("tool_choice", "tool_choice"),
    ("tools", "tools"),
    ("truncation", "truncation"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {
        "conversation",
        "input",
        "instructions",
        "model",
        "parallel_tool_calls",
        "personality",
        "previous_response_id",
        "reasoning",
        "text",
        "tool_choice",
        "tools",
        "truncation",
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
    from ..models.namespace import Namespace  # noqa: PLC0415
    from ..models.program_item_param import ProgramItemParam  # noqa: PLC0415
    from ..models.program_output_item_param import ProgramOutputItemParam  # noqa: PLC0415
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam  # noqa: PLC0415
    from ..models.reasoning import Reasoning  # noqa: PLC0415
    from ..models.response_file_search_tool_call import ResponseFileSearchToolCall  # noqa: PLC0415
    from ..models.response_function_tool_call import ResponseFunctionToolCall  # noqa: PLC0415
    from ..models.response_output_message import ResponseOutputMessage  # noqa: PLC0415
    from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
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
        Reasoning.from_dict,
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
        union_parser(
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
            )
        ),
    )


@_attrs_define(init=False, repr=False)
class TokenCountsBody(BaseModel):
    """The TokenCountsBody object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    conversation: str | ConversationObject | None
    """The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for
    this response request. Input items and output items from this response are automatically added to this
    conversation after this response completes.
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
    model: str | None
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with
    different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models.
    """
    parallel_tool_calls: bool | None
    """Whether to allow the model to run tool calls in parallel."""
    personality: str | PersonalityEnumType1 | None
    """A model-owned style preset to apply to this request. Omit this parameter to use the model's default style.
    Supported values may expand over time. Values must be at most 64 characters.
    """
    previous_response_id: str | None
    """The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more
    about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    """
    reasoning: Reasoning | None
    """**gpt-5 and o-series models only** Configuration options for [reasoning
    models](https://platform.openai.com/docs/guides/reasoning).
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
    """Controls which tool the model should use, if any."""
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
    """
    truncation: TruncationEnum | None
    """Deprecated. The truncation strategy to use for the model response. - `auto`: If the input to this Response
    exceeds the model's context window size, the model will truncate the response to fit the context window by
    dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the
    context window size for a model, the request will fail with a 400 error.
    """

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        conversation: str | ConversationObject | None | Unset = UNSET,
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
        model: str | None | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        personality: str | PersonalityEnumType1 | None | Unset = UNSET,
        previous_response_id: str | None | Unset = UNSET,
        reasoning: Reasoning | None | Unset = UNSET,
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
        truncation: TruncationEnum | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(conversation, Unset):
            self.conversation = None
        else:
            self.conversation = conversation
            _given_keys.add("conversation")
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
        if isinstance(model, Unset):
            self.model = None
        else:
            self.model = model
            _given_keys.add("model")
        if isinstance(parallel_tool_calls, Unset):
            self.parallel_tool_calls = None
        else:
            self.parallel_tool_calls = parallel_tool_calls
            _given_keys.add("parallel_tool_calls")
        if isinstance(personality, Unset):
            self.personality = None
        else:
            self.personality = personality
            _given_keys.add("personality")
        if isinstance(previous_response_id, Unset):
            self.previous_response_id = None
        else:
            self.previous_response_id = previous_response_id
            _given_keys.add("previous_response_id")
        if isinstance(reasoning, Unset):
            self.reasoning = None
        else:
            self.reasoning = reasoning
            _given_keys.add("reasoning")
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
        if isinstance(truncation, Unset):
            self.truncation = None
        else:
            self.truncation = truncation
            _given_keys.add("truncation")
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
        ) = _parsers()
        obj.conversation = lenient(pop("conversation", None), parse_1)
        obj.input = lenient(pop("input", None), parse_2)
        obj.instructions = pop("instructions", None)
        obj.model = pop("model", None)
        obj.parallel_tool_calls = pop("parallel_tool_calls", None)
        obj.personality = pop("personality", None)
        obj.previous_response_id = pop("previous_response_id", None)
        obj.reasoning = lenient(pop("reasoning", None), parse_3)
        obj.text = lenient(pop("text", None), parse_4)
        obj.tool_choice = lenient(pop("tool_choice", None), parse_5)
        obj.tools = lenient(pop("tools", None), parse_6)
        obj.truncation = pop("truncation", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
