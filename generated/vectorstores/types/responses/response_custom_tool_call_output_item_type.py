# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCustomToolCallOutputItemType``."""

from vectorstores_raw.models import ResponseCustomToolCallOutputItemType

__all__ = [
    "ResponseCustomToolCallOutputItemType",
]
