# Generated from openapi.yaml by make generate; do not edit.
"""``McpToolCallError``."""

from vectorstores_raw.models import McpToolCallError

__all__ = [
    "McpToolCallError",
]
