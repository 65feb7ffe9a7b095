# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionToolCallItemType``."""

from vectorstores_raw.models import ResponseFunctionToolCallItemType

__all__ = [
    "ResponseFunctionToolCallItemType",
]
