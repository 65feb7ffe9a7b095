# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInProgressEventType``."""

from vectorstores_raw.models import ResponseInProgressEventType

__all__ = [
    "ResponseInProgressEventType",
]
