# Generated from openapi.yaml by make generate; do not edit.
"""The ``McpToolCallError`` union: 3 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .http_error import HTTPError
    from .mcp_protocol_error import MCPProtocolError
    from .mcp_tool_execution_error import MCPToolExecutionError

__all__ = ["McpToolCallError", "parse_mcp_tool_call_error"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
McpToolCallError: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "MCPProtocolError",
    "MCPToolExecutionError",
    "HTTPError",
]


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .http_error import HTTPError  # noqa: PLC0415
    from .mcp_protocol_error import MCPProtocolError  # noqa: PLC0415
    from .mcp_tool_execution_error import MCPToolExecutionError  # noqa: PLC0415

    return discriminated_parser(
        "type",
        {
            "mcp_protocol_error": MCPProtocolError,
            "mcp_tool_execution_error": MCPToolExecutionError,
            "http_error": HTTPError,
        },
    )


def parse_mcp_tool_call_error(data: Any) -> McpToolCallError:
    """One ``McpToolCallError`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
