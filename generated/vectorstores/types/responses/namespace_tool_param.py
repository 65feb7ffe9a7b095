# Generated from openapi.yaml by make generate; do not edit.
"""``NamespaceToolParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores.types.responses.custom_tool_param import CustomToolParam

__all__ = ["NamespaceToolParam", "ToolNamespaceToolFunction", "Tool"]


class NamespaceToolParam(TypedDict, total=False):
    """Groups function/custom tools under a shared namespace."""

    description: Required[str]
    """A description of the namespace shown to the model."""
    name: Required[str]
    """The namespace name used in tool calls (for example, `crm`)."""
    tools: Required[Iterable[Tool]]
    """The function/custom tools available inside this namespace."""
    type: Required[Literal["namespace"]]
    """The type of the tool. Always `namespace`."""


class ToolNamespaceToolFunction(TypedDict, total=False):
    name: Required[str]
    type: Required[Literal["function"]]
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    """The tool invocation context(s)."""
    defer_loading: bool
    """Whether this function should be deferred and discovered via tool search."""
    description: str | None
    output_schema: dict[str, Any] | None
    """A JSON Schema describing the JSON value encoded in string outputs for this function tool. This does not describe
    content-array outputs.
    """
    parameters: dict[str, Any] | None
    strict: bool | None
    """Whether to enforce strict parameter validation. If omitted, Responses attempts to use strict validation when the
    schema is compatible, and falls back to non-strict validation otherwise.
    """


Tool: TypeAlias = ToolNamespaceToolFunction | CustomToolParam
