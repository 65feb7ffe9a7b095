# Generated from openapi.yaml by make generate; do not edit.
"""``AdditionalTools`` and the types its fields name."""

from vectorstores_raw.models import AdditionalTools, AdditionalToolsType, FunctionTool, MessageRole

__all__ = [
    "AdditionalTools",
    "AdditionalToolsType",
    "FunctionTool",
    "MessageRole",
]
