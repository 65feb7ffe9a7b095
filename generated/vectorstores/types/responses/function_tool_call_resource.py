# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionToolCallResource`` and the types its fields name."""

from vectorstores_raw.models import (
    DirectToolCallCaller,
    FunctionCallStatus,
    FunctionToolCallResource,
    FunctionToolCallResourceType,
)

__all__ = [
    "DirectToolCallCaller",
    "FunctionCallStatus",
    "FunctionToolCallResource",
    "FunctionToolCallResourceType",
]
