# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPListToolsInProgressEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPListToolsInProgressEvent, ResponseMCPListToolsInProgressEventType

__all__ = [
    "ResponseMCPListToolsInProgressEvent",
    "ResponseMCPListToolsInProgressEventType",
]
