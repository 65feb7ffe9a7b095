# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCustomToolCallType``."""

from vectorstores_raw.models import ResponseCustomToolCallType

__all__ = [
    "ResponseCustomToolCallType",
]
