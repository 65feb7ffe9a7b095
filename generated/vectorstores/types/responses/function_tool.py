# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionTool`` and the types its fields name."""

from vectorstores_raw.models import CallableToolAllowedCaller, FunctionTool, FunctionToolType

__all__ = [
    "CallableToolAllowedCaller",
    "FunctionTool",
    "FunctionToolType",
]
