# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFileSearchCallInProgressEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseFileSearchCallInProgressEvent, ResponseFileSearchCallInProgressEventType

__all__ = [
    "ResponseFileSearchCallInProgressEvent",
    "ResponseFileSearchCallInProgressEventType",
]
