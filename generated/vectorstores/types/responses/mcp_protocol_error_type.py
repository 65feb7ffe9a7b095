# Generated from openapi.yaml by make generate; do not edit.
"""``MCPProtocolErrorType``."""

from vectorstores_raw.models import MCPProtocolErrorType

__all__ = [
    "MCPProtocolErrorType",
]
