# Generated from openapi.yaml by make generate; do not edit.
"""``CustomToolCall`` and the types its fields name."""

from vectorstores_raw.models import CustomToolCall, CustomToolCallType, DirectToolCallCaller

__all__ = [
    "CustomToolCall",
    "CustomToolCallType",
    "DirectToolCallCaller",
]
