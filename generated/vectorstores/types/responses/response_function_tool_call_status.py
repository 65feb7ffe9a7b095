# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionToolCallStatus``."""

from vectorstores_raw.models import ResponseFunctionToolCallStatus

__all__ = [
    "ResponseFunctionToolCallStatus",
]
