# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionToolCallOutputResource`` and the types its fields name."""

from vectorstores_raw.models import (
    DirectToolCallCallerParam,
    FunctionCallOutputStatusEnum,
    FunctionToolCallOutputResource,
    FunctionToolCallOutputResourceType,
    InputTextContent,
)

__all__ = [
    "DirectToolCallCallerParam",
    "FunctionCallOutputStatusEnum",
    "FunctionToolCallOutputResource",
    "FunctionToolCallOutputResourceType",
    "InputTextContent",
]
