# Generated from openapi.yaml by make generate; do not edit.
"""``MCPToolFilter``."""

from vectorstores_raw.models import MCPToolFilter

__all__ = [
    "MCPToolFilter",
]
