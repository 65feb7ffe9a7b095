# Generated from openapi.yaml by make generate; do not edit.
"""``MCPProtocolError`` and the types its fields name."""

from vectorstores_raw.models import MCPProtocolError, MCPProtocolErrorType

__all__ = [
    "MCPProtocolError",
    "MCPProtocolErrorType",
]
