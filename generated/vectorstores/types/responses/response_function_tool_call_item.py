# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionToolCallItem`` and the types its fields name."""

from vectorstores_raw.models import (
    DirectToolCallCaller,
    FunctionCallStatus,
    ResponseFunctionToolCallItem,
    ResponseFunctionToolCallItemType,
)

__all__ = [
    "DirectToolCallCaller",
    "FunctionCallStatus",
    "ResponseFunctionToolCallItem",
    "ResponseFunctionToolCallItemType",
]
