# Generated from openapi.yaml by make generate; do not edit.
"""``MCPToolExecutionErrorType``."""

from vectorstores_raw.models import MCPToolExecutionErrorType

__all__ = [
    "MCPToolExecutionErrorType",
]
