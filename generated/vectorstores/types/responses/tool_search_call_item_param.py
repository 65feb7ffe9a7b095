# Generated from openapi.yaml by make generate; do not edit.
"""``ToolSearchCallItemParam`` and the types its fields name."""

from vectorstores_raw.models import (
    FunctionCallItemStatus,
    ToolSearchCallItemParam,
    ToolSearchCallItemParamType,
    ToolSearchExecutionType,
)

__all__ = [
    "FunctionCallItemStatus",
    "ToolSearchCallItemParam",
    "ToolSearchCallItemParamType",
    "ToolSearchExecutionType",
]
