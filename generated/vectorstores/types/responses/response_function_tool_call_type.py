# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionToolCallType``."""

from vectorstores_raw.models import ResponseFunctionToolCallType

__all__ = [
    "ResponseFunctionToolCallType",
]
