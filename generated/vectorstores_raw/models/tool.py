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
    from .computer_tool import ComputerTool
    from .computer_use_preview_tool import ComputerUsePreviewTool
    from .custom_tool import CustomTool
    from .file_search_tool import FileSearchTool
    from .function_shell_tool import FunctionShellTool
    from .function_tool import FunctionTool
    from .image_generation_tool import ImageGenerationTool
    from .local_shell_tool import LocalShellTool
    from .mcp_tool import MCPTool
    from .namespace_tool import NamespaceTool
    from .programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from .tool_search_tool import ToolSearchTool
    from .web_search_preview_tool import WebSearchPreviewTool
    from .web_search_tool import WebSearchTool

__all__ = ["Tool", "parse_tool"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
Tool: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "FunctionTool",
    "FileSearchTool",
    "ComputerTool",
    "ComputerUsePreviewTool",
    "WebSearchTool",
    "MCPTool",
    "CodeInterpreter",
    "ProgrammaticToolCallingParam",
    "ImageGenerationTool",
    "LocalShellTool",
    "FunctionShellTool",
    "CustomTool",
    "NamespaceTool",
    "ToolSearchTool",
    "WebSearchPreviewTool",
    "ApplyPatchTool",
]
"""A tool that can be used to generate a response."""


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .apply_patch_tool import ApplyPatchTool  # noqa: PLC0415
    from .code_interpreter import CodeInterpreter  # noqa: PLC0415
    from .computer_tool import ComputerTool  # noqa: PLC0415
    from .computer_use_preview_tool import ComputerUsePreviewTool  # noqa: PLC0415
    from .custom_tool import CustomTool  # noqa: PLC0415
    from .file_search_tool import FileSearchTool  # noqa: PLC0415
    from .function_shell_tool import FunctionShellTool  # noqa: PLC0415
    from .function_tool import FunctionTool  # noqa: PLC0415
    from .image_generation_tool import ImageGenerationTool  # noqa: PLC0415
    from .local_shell_tool import LocalShellTool  # noqa: PLC0415
    from .mcp_tool import MCPTool  # noqa: PLC0415
    from .namespace_tool import NamespaceTool  # noqa: PLC0415
    from .programmatic_tool_calling_param import ProgrammaticToolCallingParam  # noqa: PLC0415
    from .tool_search_tool import ToolSearchTool  # noqa: PLC0415
    from .web_search_preview_tool import WebSearchPreviewTool  # noqa: PLC0415
    from .web_search_tool import WebSearchTool  # noqa: PLC0415

    return discriminated_parser(
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


def parse_tool(data: Any) -> Tool:
    """One ``Tool`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
