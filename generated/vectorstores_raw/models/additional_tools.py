# Generated from openapi.yaml by make generate; do not edit.
"""The ``AdditionalTools`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.additional_tools_type import AdditionalToolsType
from ..models.message_role import MessageRole
from ..types import (
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

T = TypeVar("T", bound="AdditionalTools")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("role", "role"),
    ("tools", "tools"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "role", "tools", "type"})


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
class AdditionalTools(BaseModel):
    """The AdditionalTools object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique ID of the additional tools item."""
    role: MessageRole
    """The role that provided the additional tools."""
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
    """The additional tool definitions made available at this item."""
    type: AdditionalToolsType
    """The type of the item. Always `additional_tools`."""

    _fields = _FIELDS
    _required = frozenset({"type", "id", "role", "tools"})

    def __init__(
        self,
        *,
        id: str,
        role: MessageRole,
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
        type: AdditionalToolsType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "id", "role", "tools"}
        self.id = id
        self.role = role
        self.tools = tools
        self.type = type
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
        obj.role = pop("role", None)
        obj.tools = lenient(pop("tools", None), parse_1)
        obj.type = pop("type", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("additional_tools",)
            and "id" in data
            and data.get("role")
            in (
                "assistant",
                "critic",
                "developer",
                "discriminator",
                "system",
                "tool",
                "unknown",
                "user",
            )
            and "tools" in data
        )
