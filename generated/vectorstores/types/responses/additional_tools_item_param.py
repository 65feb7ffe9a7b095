# Generated from openapi.yaml by make generate; do not edit.
"""``AdditionalToolsItemParam`` and the types its fields name."""

from vectorstores_raw.models import (
    AdditionalToolsItemParam,
    AdditionalToolsItemParamRole,
    AdditionalToolsItemParamType,
    FunctionTool,
)

__all__ = [
    "AdditionalToolsItemParam",
    "AdditionalToolsItemParamRole",
    "AdditionalToolsItemParamType",
    "FunctionTool",
]
