# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInProgressEvent`` and the types its fields name."""

from vectorstores_raw.models import Response, ResponseInProgressEvent, ResponseInProgressEventType

__all__ = [
    "Response",
    "ResponseInProgressEvent",
    "ResponseInProgressEventType",
]
