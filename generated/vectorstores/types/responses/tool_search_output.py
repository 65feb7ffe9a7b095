# Generated from openapi.yaml by make generate; do not edit.
"""``ToolSearchOutput`` and the types its fields name."""

from vectorstores_raw.models import (
    Function,
    FunctionCallOutputStatusEnum,
    ToolSearchExecutionType,
    ToolSearchOutput,
    ToolSearchOutputType,
)

__all__ = [
    "Function",
    "FunctionCallOutputStatusEnum",
    "ToolSearchExecutionType",
    "ToolSearchOutput",
    "ToolSearchOutputType",
]
