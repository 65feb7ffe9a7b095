# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseProperties`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.model_ids_shared_type_1 import ModelIdsSharedType1
from ..models.responses_only_model import ResponsesOnlyModel
from ..models.tool_choice_options import ToolChoiceOptions
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.apply_patch_tool import ApplyPatchTool
    from ..models.code_interpreter import CodeInterpreter
    from ..models.computer_tool import ComputerTool
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.custom_tool import CustomTool
    from ..models.file_search_tool import FileSearchTool
    from ..models.function_shell_tool import FunctionShellTool
    from ..models.function_tool import FunctionTool
    from ..models.image_generation_tool import ImageGenerationTool
    from ..models.local_shell_tool import LocalShellTool
    from ..models.mcp_tool import MCPTool
    from ..models.namespace_tool import NamespaceTool
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.response_prompt import ResponsePrompt
    from ..models.response_text_config import ResponseTextConfig
    from ..models.specific_programmatic_tool_calling_param import SpecificProgrammaticToolCallingParam
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_choice_apply_patch import ToolChoiceApplyPatch
    from ..models.tool_choice_custom import ToolChoiceCustom
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMcp
    from ..models.tool_choice_shell import ToolChoiceShell
    from ..models.tool_choice_types import ToolChoiceTypes
    from ..models.tool_search_tool import ToolSearchTool
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool

T = TypeVar("T", bound="ResponseProperties")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("background", "background"),
    ("max_tool_calls", "max_tool_calls"),
    ("model", "model"),
    ("previous_response_id", "previous_response_id"),
    ("prompt", "prompt"),
    ("text", "text"),
    ("tool_choice", "tool_choice"),
    ("tools", "tools"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset(
    {"background", "max_tool_calls", "model", "previous_response_id", "prompt", "text", "tool_choice", "tools"}
)


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.apply_patch_tool import ApplyPatchTool  # noqa: PLC0415
    from ..models.code_interpreter import CodeInterpreter  # noqa: PLC0415
    from ..models.computer_tool import ComputerTool  # noqa: PLC0415
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: PLC0415
    from ..models.custom_tool import CustomTool  # noqa: PLC0415
    from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
    from ..models.function_shell_tool import FunctionShellTool  # noqa: PLC0415
    from ..models.function_tool import FunctionTool  # noqa: PLC0415
    from ..models.image_generation_tool import ImageGenerationTool  # noqa: PLC0415
    from ..models.local_shell_tool import LocalShellTool  # noqa: PLC0415
    from ..models.mcp_tool import MCPTool  # noqa: PLC0415
    from ..models.namespace_tool import NamespaceTool  # noqa: PLC0415
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam  # noqa: PLC0415
    from ..models.response_prompt import ResponsePrompt  # noqa: PLC0415
    from ..models.response_text_config import ResponseTextConfig  # noqa: PLC0415
    from ..models.specific_programmatic_tool_calling_param import SpecificProgrammaticToolCallingParam  # noqa: PLC0415
    from ..models.tool_choice_allowed import ToolChoiceAllowed  # noqa: PLC0415
    from ..models.tool_choice_apply_patch import ToolChoiceApplyPatch  # noqa: PLC0415
    from ..models.tool_choice_custom import ToolChoiceCustom  # noqa: PLC0415
    from ..models.tool_choice_function import ToolChoiceFunction  # noqa: PLC0415
    from ..models.tool_choice_mcp import ToolChoiceMcp  # noqa: PLC0415
    from ..models.tool_choice_shell import ToolChoiceShell  # noqa: PLC0415
    from ..models.tool_choice_types import ToolChoiceTypes  # noqa: PLC0415
    from ..models.tool_search_tool import ToolSearchTool  # noqa: PLC0415
    from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: PLC0415
    from ..models.web_search_tool import WebSearchTool  # noqa: PLC0415

    return (
        ResponsePrompt.from_dict,
        ResponseTextConfig.from_dict,
        discriminated_parser(
            "type",
            {
                "allowed_tools": ToolChoiceAllowed,
                "code_interpreter": ToolChoiceTypes,
                "computer": ToolChoiceTypes,
                "computer_use": ToolChoiceTypes,
                "computer_use_preview": ToolChoiceTypes,
                "file_search": ToolChoiceTypes,
                "image_generation": ToolChoiceTypes,
                "web_search_preview": ToolChoiceTypes,
                "web_search_preview_2025_03_11": ToolChoiceTypes,
                "function": ToolChoiceFunction,
                "mcp": ToolChoiceMcp,
                "custom": ToolChoiceCustom,
                "programmatic_tool_calling": SpecificProgrammaticToolCallingParam,
                "apply_patch": ToolChoiceApplyPatch,
                "shell": ToolChoiceShell,
            },
        ),
        list_parser(
            discriminated_parser(
                "type",
                {
                    "function": FunctionTool,
                    "file_search": FileSearchTool,
                    "computer": ComputerTool,
                    "computer_use_preview": ComputerUsePreviewTool,
                    "web_search": WebSearchTool,
                    "web_search_2025_08_26": WebSearchTool,
                    "mcp": MCPTool,
                    "code_interpreter": CodeInterpreter,
                    "programmatic_tool_calling": ProgrammaticToolCallingParam,
                    "image_generation": ImageGenerationTool,
                    "local_shell": LocalShellTool,
                    "shell": FunctionShellTool,
                    "custom": CustomTool,
                    "namespace": NamespaceTool,
                    "tool_search": ToolSearchTool,
                    "web_search_preview": WebSearchPreviewTool,
                    "web_search_preview_2025_03_11": WebSearchPreviewTool,
                    "apply_patch": ApplyPatchTool,
                },
            )
        ),
    )


@_attrs_define(init=False, repr=False)
class ResponseProperties(BaseModel):
    """The ResponseProperties object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    background: bool | None
    """Whether to run the model response in the background. [Learn more](/docs/guides/background)."""
    max_tool_calls: int | None
    """The maximum number of total calls to built-in tools that can be processed in a response. This maximum number
    applies across all built-in tool calls, not per individual tool. Any further attempts to call a tool by the model
    will be ignored.
    """
    model: str | ModelIdsSharedType1 | ResponsesOnlyModel | None
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with
    different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models.
    """
    previous_response_id: str | None
    """The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more
    about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    """
    prompt: ResponsePrompt | None
    """Reference to a prompt template and its variables. [Learn
    more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """
    text: ResponseTextConfig | None
    """Configuration options for a text response from the model. Can be plain text or structured JSON data. Learn more:

    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """
    tool_choice: (
        ToolChoiceOptions
        | ToolChoiceAllowed
        | ToolChoiceTypes
        | ToolChoiceFunction
        | ToolChoiceMcp
        | ToolChoiceCustom
        | SpecificProgrammaticToolCallingParam
        | ToolChoiceApplyPatch
        | ToolChoiceShell
        | None
    )
    """How the model should select which tool (or tools) to use when generating a response. See the `tools` parameter to
    see how to specify which tools the model can call.
    """
    tools: (
        list[
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

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        background: bool | None | Unset = UNSET,
        max_tool_calls: int | None | Unset = UNSET,
        model: str | ModelIdsSharedType1 | ResponsesOnlyModel | None | Unset = UNSET,
        previous_response_id: str | None | Unset = UNSET,
        prompt: ResponsePrompt | None | Unset = UNSET,
        text: ResponseTextConfig | None | Unset = UNSET,
        tool_choice: ToolChoiceOptions
        | ToolChoiceAllowed
        | ToolChoiceTypes
        | ToolChoiceFunction
        | ToolChoiceMcp
        | ToolChoiceCustom
        | SpecificProgrammaticToolCallingParam
        | ToolChoiceApplyPatch
        | ToolChoiceShell
        | None
        | Unset = UNSET,
        tools: list[
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
        ]
        | None
        | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(background, Unset):
            self.background = None
        else:
            self.background = background
            _given_keys.add("background")
        if isinstance(max_tool_calls, Unset):
            self.max_tool_calls = None
        else:
            self.max_tool_calls = max_tool_calls
            _given_keys.add("max_tool_calls")
        if isinstance(model, Unset):
            self.model = None
        else:
            self.model = model
            _given_keys.add("model")
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
        ) = _parsers()
        obj.background = pop("background", None)
        obj.max_tool_calls = pop("max_tool_calls", None)
        obj.model = pop("model", None)
        obj.previous_response_id = pop("previous_response_id", None)
        obj.prompt = lenient(pop("prompt", None), parse_1)
        obj.text = lenient(pop("text", None), parse_2)
        obj.tool_choice = lenient(pop("tool_choice", None), parse_3)
        obj.tools = lenient(pop("tools", None), parse_4)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
