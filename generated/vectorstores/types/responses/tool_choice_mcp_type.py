# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceMcpType``."""

from vectorstores_raw.models import ToolChoiceMcpType

__all__ = [
    "ToolChoiceMcpType",
]
