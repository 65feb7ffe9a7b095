# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseToolSearchCall`` and the types its fields name."""

from vectorstores_raw.models import (
    FunctionCallStatus,
    ResponseToolSearchCall,
    ResponseToolSearchCallType,
    ToolSearchExecutionType,
)

__all__ = [
    "FunctionCallStatus",
    "ResponseToolSearchCall",
    "ResponseToolSearchCallType",
    "ToolSearchExecutionType",
]
