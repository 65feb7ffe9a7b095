# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseToolSearchOutputItem`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.function_call_output_status_enum import (
    FunctionCallOutputStatusEnum,
)
from ..models.response_tool_search_output_item_type import (
    ResponseToolSearchOutputItemType,
)
from ..models.tool_search_execution_type import ToolSearchExecutionType
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
    from ..models.tool_search_tool import ToolSearchTool
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool

T = TypeVar("T", bound="ResponseToolSearchOutputItem")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("call_id", "call_id"),
    ("execution", "execution"),
    ("status", "status"),
    ("tools", "tools"),
    ("type", "type"),
    ("created_by", "created_by"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "call_id", "execution", "status", "tools", "type", "created_by"})


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
    from ..models.tool_search_tool import ToolSearchTool  # noqa: PLC0415
    from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: PLC0415
    from ..models.web_search_tool import WebSearchTool  # noqa: PLC0415

    return (
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
class ResponseToolSearchOutputItem(BaseModel):
    """The ResponseToolSearchOutputItem object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique ID of the tool search output item."""
    call_id: str | None
    """The unique ID of the tool search call generated by the model."""
    execution: ToolSearchExecutionType
    """Whether tool search was executed by the server or by the client."""
    status: FunctionCallOutputStatusEnum
    """The status of the tool search output item that was recorded."""
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
    """The loaded tool definitions returned by tool search."""
    type: ResponseToolSearchOutputItemType
    """The type of the item. Always `tool_search_output`."""
    created_by: str | None
    """The identifier of the actor that created the item."""

    _fields = _FIELDS
    _required = frozenset({"type", "id", "call_id", "execution", "tools", "status"})

    def __init__(
        self,
        *,
        id: str,
        call_id: str | None,
        execution: ToolSearchExecutionType,
        status: FunctionCallOutputStatusEnum,
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
        ],
        type: ResponseToolSearchOutputItemType,
        created_by: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "id", "call_id", "execution", "tools", "status"}
        self.id = id
        self.call_id = call_id
        self.execution = execution
        self.status = status
        self.tools = tools
        self.type = type
        if isinstance(created_by, Unset):
            self.created_by = None
        else:
            self.created_by = created_by
            _given_keys.add("created_by")
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
        (parse_1,) = _parsers()
        obj.id = pop("id", None)
        obj.call_id = pop("call_id", None)
        obj.execution = pop("execution", None)
        obj.status = pop("status", None)
        obj.tools = lenient(pop("tools", None), parse_1)
        obj.type = pop("type", None)
        obj.created_by = pop("created_by", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("tool_search_output",)
            and "id" in data
            and "call_id" in data
            and data.get("execution")
            in (
                "client",
                "server",
            )
            and "tools" in data
            and data.get("status")
            in (
                "completed",
                "in_progress",
                "incomplete",
            )
        )
