# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseTruncationType0``."""

from vectorstores_raw.models import ResponseTruncationType0

__all__ = [
    "ResponseTruncationType0",
]
