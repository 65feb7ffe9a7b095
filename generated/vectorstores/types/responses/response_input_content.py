# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputContent``."""

from vectorstores_raw.models import ResponseInputContent

__all__ = [
    "ResponseInputContent",
]
