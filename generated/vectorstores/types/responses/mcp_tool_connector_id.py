# Generated from openapi.yaml by make generate; do not edit.
"""``MCPToolConnectorId``."""

from vectorstores_raw.models import MCPToolConnectorId

__all__ = [
    "MCPToolConnectorId",
]
