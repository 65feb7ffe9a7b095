# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseWebSearchCallInProgressEventType``."""

from vectorstores_raw.models import ResponseWebSearchCallInProgressEventType

__all__ = [
    "ResponseWebSearchCallInProgressEventType",
]
