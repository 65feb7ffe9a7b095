# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionShellToolCallOutputType``."""

from vectorstores_raw.models import ResponseFunctionShellToolCallOutputType

__all__ = [
    "ResponseFunctionShellToolCallOutputType",
]
