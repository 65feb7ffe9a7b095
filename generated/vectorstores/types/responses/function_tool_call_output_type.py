# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionToolCallOutputType``."""

from vectorstores_raw.models import FunctionToolCallOutputType

__all__ = [
    "FunctionToolCallOutputType",
]
