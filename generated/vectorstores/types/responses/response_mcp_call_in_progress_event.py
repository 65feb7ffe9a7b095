# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallInProgressEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPCallInProgressEvent, ResponseMCPCallInProgressEventType

__all__ = [
    "ResponseMCPCallInProgressEvent",
    "ResponseMCPCallInProgressEventType",
]
