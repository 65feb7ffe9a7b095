# Generated from openapi.yaml by make generate; do not edit.
"""The ``Tool`` union: 16 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .apply_patch_tool import ApplyPatchTool
    from .code_interpreter import CodeInterpreter
    from .computer import Computer
    from .computer_use_preview import ComputerUsePreview
    from .custom_tool_param import CustomToolParam
    from .file_search_tool import FileSearchTool
    from .function import Function
    from .image_generation_tool import ImageGenerationTool
    from .local_shell_tool import LocalShellTool
    from .mcp_tool import MCPTool
    from .namespace import Namespace
    from .programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from .shell_tool import ShellTool
    from .tool_search_tool import ToolSearchTool
    from .web_search_preview import WebSearchPreview
    from .web_search_tool import WebSearchTool

__all__ = ["Tool", "parse_tool"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
Tool: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "Function",
    "FileSearchTool",
    "Computer",
    "ComputerUsePreview",
    "WebSearchTool",
    "MCPTool",
    "CodeInterpreter",
    "ProgrammaticToolCallingParam",
    "ImageGenerationTool",
    "LocalShellTool",
    "ShellTool",
    "CustomToolParam",
    "Namespace",
    "ToolSearchTool",
    "WebSearchPreview",
    "ApplyPatchTool",
]
"""A tool that can be used to generate a response."""


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .apply_patch_tool import ApplyPatchTool  # noqa: PLC0415
    from .code_interpreter import CodeInterpreter  # noqa: PLC0415
    from .computer import Computer  # noqa: PLC0415
    from .computer_use_preview import ComputerUsePreview  # noqa: PLC0415
    from .custom_tool_param import CustomToolParam  # noqa: PLC0415
    from .file_search_tool import FileSearchTool  # noqa: PLC0415
    from .function import Function  # noqa: PLC0415
    from .image_generation_tool import ImageGenerationTool  # noqa: PLC0415
    from .local_shell_tool import LocalShellTool  # noqa: PLC0415
    from .mcp_tool import MCPTool  # noqa: PLC0415
    from .namespace import Namespace  # noqa: PLC0415
    from .programmatic_tool_calling_param import ProgrammaticToolCallingParam  # noqa: PLC0415
    from .shell_tool import ShellTool  # noqa: PLC0415
    from .tool_search_tool import ToolSearchTool  # noqa: PLC0415
    from .web_search_preview import WebSearchPreview  # noqa: PLC0415
    from .web_search_tool import WebSearchTool  # noqa: PLC0415

    return discriminated_parser(
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


def parse_tool(data: Any) -> Tool:
    """One ``Tool`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
