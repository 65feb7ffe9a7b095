# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionToolCallOutput`` and the types its fields name."""

from vectorstores_raw.models import (
    DirectToolCallCallerParam,
    FunctionToolCallOutput,
    FunctionToolCallOutputStatus,
    FunctionToolCallOutputType,
    ResponseInputText,
)

__all__ = [
    "DirectToolCallCallerParam",
    "FunctionToolCallOutput",
    "FunctionToolCallOutputStatus",
    "FunctionToolCallOutputType",
    "ResponseInputText",
]
