# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceMcpParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ToolChoiceMcpParam"]


class ToolChoiceMcpParam(TypedDict, total=False):
    """Use this option to force the model to call a specific tool on a remote MCP server."""

    server_label: Required[str]
    """The label of the MCP server to use."""
    type: Required[Literal["mcp"]]
    """For MCP tools, the type is always `mcp`."""
    name: str | None
    """The name of the tool to call on the server."""
