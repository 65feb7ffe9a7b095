# Generated from openapi.yaml by make generate; do not edit.
"""``ToolSearchOutputNamespaceToolParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import TypeAlias

from vectorstores.types.responses.namespace_tool_param import NamespaceToolParam

__all__ = ["ToolSearchOutputNamespaceToolParam"]

ToolSearchOutputNamespaceToolParam: TypeAlias = NamespaceToolParam
