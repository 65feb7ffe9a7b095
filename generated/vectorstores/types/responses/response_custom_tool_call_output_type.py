# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCustomToolCallOutputType``."""

from vectorstores_raw.models import ResponseCustomToolCallOutputType

__all__ = [
    "ResponseCustomToolCallOutputType",
]
