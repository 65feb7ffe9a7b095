# Generated from openapi.yaml by make generate; do not edit.
"""``ToolSearchToolParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Any, Literal

from typing_extensions import Required, TypedDict

__all__ = ["ToolSearchToolParam"]


class ToolSearchToolParam(TypedDict, total=False):
    """Hosted or BYOT tool search configuration for deferred tools."""

    type: Required[Literal["tool_search"]]
    """The type of the tool. Always `tool_search`."""
    description: str | None
    """Description shown to the model for a client-executed tool search tool."""
    execution: Literal["client", "server"]
    """Whether tool search is executed by the server or by the client."""
    parameters: dict[str, Any] | None
    """Parameter schema for a client-executed tool search tool."""
