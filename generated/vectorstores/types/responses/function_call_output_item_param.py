# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionCallOutputItemParam`` and the types its fields name."""

from vectorstores_raw.models import (
    DirectToolCallCallerParam,
    FunctionCallItemStatus,
    FunctionCallOutputItemParam,
    FunctionCallOutputItemParamType,
    ResponseInputTextContent,
)

__all__ = [
    "DirectToolCallCallerParam",
    "FunctionCallItemStatus",
    "FunctionCallOutputItemParam",
    "FunctionCallOutputItemParamType",
    "ResponseInputTextContent",
]
