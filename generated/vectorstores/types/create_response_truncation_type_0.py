# Generated from openapi.yaml by make generate; do not edit.
"""``CreateResponseTruncationType0``."""

from vectorstores_raw.models import CreateResponseTruncationType0

__all__ = [
    "CreateResponseTruncationType0",
]
