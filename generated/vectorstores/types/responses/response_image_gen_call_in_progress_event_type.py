# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseImageGenCallInProgressEventType``."""

from vectorstores_raw.models import ResponseImageGenCallInProgressEventType

__all__ = [
    "ResponseImageGenCallInProgressEventType",
]
