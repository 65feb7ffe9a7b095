# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCustomToolCallOutputItem`` and the types its fields name."""

from vectorstores_raw.models import (
    DirectToolCallCallerParam,
    FunctionCallOutputStatusEnum,
    ResponseCustomToolCallOutputItem,
    ResponseCustomToolCallOutputItemType,
    ResponseInputText,
)

__all__ = [
    "DirectToolCallCallerParam",
    "FunctionCallOutputStatusEnum",
    "ResponseCustomToolCallOutputItem",
    "ResponseCustomToolCallOutputItemType",
    "ResponseInputText",
]
