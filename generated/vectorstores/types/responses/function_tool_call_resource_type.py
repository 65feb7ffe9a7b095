# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionToolCallResourceType``."""

from vectorstores_raw.models import FunctionToolCallResourceType

__all__ = [
    "FunctionToolCallResourceType",
]
