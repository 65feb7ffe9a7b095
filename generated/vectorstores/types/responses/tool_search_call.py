# Generated from openapi.yaml by make generate; do not edit.
"""``ToolSearchCall`` and the types its fields name."""

from vectorstores_raw.models import FunctionCallStatus, ToolSearchCall, ToolSearchCallType, ToolSearchExecutionType

__all__ = [
    "FunctionCallStatus",
    "ToolSearchCall",
    "ToolSearchCallType",
    "ToolSearchExecutionType",
]
