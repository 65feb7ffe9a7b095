# Generated from openapi.yaml by make generate; do not edit.
"""``ToolSearchOutputItemParam`` and the types its fields name."""

from vectorstores_raw.models import (
    Function,
    FunctionCallItemStatus,
    ToolSearchExecutionType,
    ToolSearchOutputItemParam,
    ToolSearchOutputItemParamType,
)

__all__ = [
    "Function",
    "FunctionCallItemStatus",
    "ToolSearchExecutionType",
    "ToolSearchOutputItemParam",
    "ToolSearchOutputItemParamType",
]
