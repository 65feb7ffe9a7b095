# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCustomToolCallInputDone`` and the types its fields name."""

from vectorstores_raw.models import ResponseCustomToolCallInputDone, ResponseCustomToolCallInputDoneType

__all__ = [
    "ResponseCustomToolCallInputDone",
    "ResponseCustomToolCallInputDoneType",
]
