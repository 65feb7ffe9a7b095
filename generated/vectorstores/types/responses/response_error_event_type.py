# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseErrorEventType``."""

from vectorstores_raw.models import ResponseErrorEventType

__all__ = [
    "ResponseErrorEventType",
]
