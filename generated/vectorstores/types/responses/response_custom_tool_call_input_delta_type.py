# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCustomToolCallInputDeltaType``."""

from vectorstores_raw.models import ResponseCustomToolCallInputDeltaType

__all__ = [
    "ResponseCustomToolCallInputDeltaType",
]
