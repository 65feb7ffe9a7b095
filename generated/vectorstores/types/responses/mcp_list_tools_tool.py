# Generated from openapi.yaml by make generate; do not edit.
"""``MCPListToolsTool``."""

from vectorstores_raw.models import MCPListToolsTool

__all__ = [
    "MCPListToolsTool",
]
