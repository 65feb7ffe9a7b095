# Generated from openapi.yaml by make generate; do not edit.
"""``McpToolCallErrorParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

from typing_extensions import Required, TypedDict

__all__ = ["McpToolCallErrorParam", "Error", "ErrorMCPToolExecutionError", "ErrorHTTPError"]


class Error(TypedDict, total=False):
    code: Required[int]
    message: Required[str]
    type: Required[Literal["mcp_protocol_error"]]


class ErrorMCPToolExecutionError(TypedDict, total=False):
    content: Required[Any]
    type: Required[Literal["mcp_tool_execution_error"]]


class ErrorHTTPError(TypedDict, total=False):
    code: Required[int]
    message: Required[str]
    type: Required[Literal["http_error"]]


McpToolCallErrorParam: TypeAlias = Error | ErrorMCPToolExecutionError | ErrorHTTPError
