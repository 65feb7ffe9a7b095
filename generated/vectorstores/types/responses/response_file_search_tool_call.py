# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFileSearchToolCall`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseFileSearchToolCall,
    ResponseFileSearchToolCallResultsType0Item,
    ResponseFileSearchToolCallStatus,
    ResponseFileSearchToolCallType,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Result = ResponseFileSearchToolCallResultsType0Item

__all__ = [
    "ResponseFileSearchToolCall",
    "ResponseFileSearchToolCallResultsType0Item",
    "ResponseFileSearchToolCallStatus",
    "ResponseFileSearchToolCallType",
    "Result",
]
