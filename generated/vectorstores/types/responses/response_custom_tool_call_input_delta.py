# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCustomToolCallInputDelta`` and the types its fields name."""

from vectorstores_raw.models import ResponseCustomToolCallInputDelta, ResponseCustomToolCallInputDeltaType

__all__ = [
    "ResponseCustomToolCallInputDelta",
    "ResponseCustomToolCallInputDeltaType",
]
