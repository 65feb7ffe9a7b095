# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionShellToolCallType``."""

from vectorstores_raw.models import ResponseFunctionShellToolCallType

__all__ = [
    "ResponseFunctionShellToolCallType",
]
