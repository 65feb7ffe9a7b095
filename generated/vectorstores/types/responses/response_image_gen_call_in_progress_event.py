# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseImageGenCallInProgressEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseImageGenCallInProgressEvent, ResponseImageGenCallInProgressEventType

__all__ = [
    "ResponseImageGenCallInProgressEvent",
    "ResponseImageGenCallInProgressEventType",
]
