# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCustomToolCallItemType``."""

from vectorstores_raw.models import ResponseCustomToolCallItemType

__all__ = [
    "ResponseCustomToolCallItemType",
]
