# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseToolSearchOutputItem`` and the types its fields name."""

from vectorstores_raw.models import (
    FunctionCallOutputStatusEnum,
    FunctionTool,
    ResponseToolSearchOutputItem,
    ResponseToolSearchOutputItemType,
    ToolSearchExecutionType,
)

__all__ = [
    "FunctionCallOutputStatusEnum",
    "FunctionTool",
    "ResponseToolSearchOutputItem",
    "ResponseToolSearchOutputItemType",
    "ToolSearchExecutionType",
]
