# Generated from openapi.yaml by make generate; do not edit.
"""``MCPToolCallType``."""

from vectorstores_raw.models import MCPToolCallType

__all__ = [
    "MCPToolCallType",
]
