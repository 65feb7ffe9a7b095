# Generated from openapi.yaml by make generate; do not edit.
"""``MCPListToolsType``."""

from vectorstores_raw.models import MCPListToolsType

__all__ = [
    "MCPListToolsType",
]
