# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCustomToolCallItem`` and the types its fields name."""

from vectorstores_raw.models import (
    DirectToolCallCaller,
    FunctionCallStatus,
    ResponseCustomToolCallItem,
    ResponseCustomToolCallItemType,
)

__all__ = [
    "DirectToolCallCaller",
    "FunctionCallStatus",
    "ResponseCustomToolCallItem",
    "ResponseCustomToolCallItemType",
]
