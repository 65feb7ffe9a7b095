# Generated from openapi.yaml by make generate; do not edit.
"""``MCPToolCallError``."""

from vectorstores_raw.models import MCPToolCallError

__all__ = [
    "MCPToolCallError",
]
