# Generated from openapi.yaml by make generate; do not edit.
"""``MCPToolExecutionError`` and the types its fields name."""

from vectorstores_raw.models import MCPToolExecutionError, MCPToolExecutionErrorType

__all__ = [
    "MCPToolExecutionError",
    "MCPToolExecutionErrorType",
]
