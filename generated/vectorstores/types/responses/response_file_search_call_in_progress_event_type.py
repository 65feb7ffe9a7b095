# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFileSearchCallInProgressEventType``."""

from vectorstores_raw.models import ResponseFileSearchCallInProgressEventType

__all__ = [
    "ResponseFileSearchCallInProgressEventType",
]
