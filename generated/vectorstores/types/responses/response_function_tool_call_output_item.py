# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionToolCallOutputItem`` and the types its fields name."""

from vectorstores_raw.models import (
    DirectToolCallCallerParam,
    FunctionCallOutputStatusEnum,
    ResponseFunctionToolCallOutputItem,
    ResponseFunctionToolCallOutputItemType,
    ResponseInputText,
)

__all__ = [
    "DirectToolCallCallerParam",
    "FunctionCallOutputStatusEnum",
    "ResponseFunctionToolCallOutputItem",
    "ResponseFunctionToolCallOutputItemType",
    "ResponseInputText",
]
