# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputItem``."""

from vectorstores_raw.models import ResponseInputItem

__all__ = [
    "ResponseInputItem",
]
