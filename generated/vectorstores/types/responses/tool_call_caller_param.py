# Generated from openapi.yaml by make generate; do not edit.
"""``ToolCallCallerParam``."""

from vectorstores_raw.models import ToolCallCallerParam

__all__ = [
    "ToolCallCallerParam",
]
