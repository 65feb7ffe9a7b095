# Generated from openapi.yaml by make generate; do not edit.
"""``MCPToolType``."""

from vectorstores_raw.models import MCPToolType

__all__ = [
    "MCPToolType",
]
