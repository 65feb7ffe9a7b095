# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionToolCallOutputResourceType``."""

from vectorstores_raw.models import FunctionToolCallOutputResourceType

__all__ = [
    "FunctionToolCallOutputResourceType",
]
