# Generated from openapi.yaml by make generate; do not edit.
"""``MCPToolCallStatus``."""

from vectorstores_raw.models import MCPToolCallStatus

__all__ = [
    "MCPToolCallStatus",
]
