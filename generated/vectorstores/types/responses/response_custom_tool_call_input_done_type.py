# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCustomToolCallInputDoneType``."""

from vectorstores_raw.models import ResponseCustomToolCallInputDoneType

__all__ = [
    "ResponseCustomToolCallInputDoneType",
]
