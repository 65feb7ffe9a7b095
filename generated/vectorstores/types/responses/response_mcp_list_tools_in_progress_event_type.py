# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPListToolsInProgressEventType``."""

from vectorstores_raw.models import ResponseMCPListToolsInProgressEventType

__all__ = [
    "ResponseMCPListToolsInProgressEventType",
]
