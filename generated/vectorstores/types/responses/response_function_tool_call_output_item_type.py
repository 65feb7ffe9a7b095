# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionToolCallOutputItemType``."""

from vectorstores_raw.models import ResponseFunctionToolCallOutputItemType

__all__ = [
    "ResponseFunctionToolCallOutputItemType",
]
