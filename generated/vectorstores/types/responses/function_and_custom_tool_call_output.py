# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionAndCustomToolCallOutput``."""

from vectorstores_raw.models import FunctionAndCustomToolCallOutput

__all__ = [
    "FunctionAndCustomToolCallOutput",
]
