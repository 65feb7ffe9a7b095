# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseToolSearchOutputItemParam`` and the types its fields name."""

from vectorstores_raw.models import (
    FunctionCallItemStatus,
    FunctionTool,
    ResponseToolSearchOutputItemParam,
    ResponseToolSearchOutputItemParamType,
    ToolSearchExecutionType,
)

__all__ = [
    "FunctionCallItemStatus",
    "FunctionTool",
    "ResponseToolSearchOutputItemParam",
    "ResponseToolSearchOutputItemParamType",
    "ToolSearchExecutionType",
]
