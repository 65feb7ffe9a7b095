# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCustomToolCallOutput`` and the types its fields name."""

from vectorstores_raw.models import (
    DirectToolCallCallerParam,
    ResponseCustomToolCallOutput,
    ResponseCustomToolCallOutputType,
    ResponseInputText,
)

__all__ = [
    "DirectToolCallCallerParam",
    "ResponseCustomToolCallOutput",
    "ResponseCustomToolCallOutputType",
    "ResponseInputText",
]
