# Generated from openapi.yaml by make generate; do not edit.
"""``MCPToolCall`` and the types its fields name."""

from vectorstores_raw.models import MCPProtocolError, MCPToolCall, MCPToolCallStatus, MCPToolCallType

__all__ = [
    "MCPProtocolError",
    "MCPToolCall",
    "MCPToolCallStatus",
    "MCPToolCallType",
]
