# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputMessageItemRole``."""

from vectorstores_raw.models import ResponseInputMessageItemRole

__all__ = [
    "ResponseInputMessageItemRole",
]
