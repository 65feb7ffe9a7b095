# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallInProgressEventType``."""

from vectorstores_raw.models import ResponseMCPCallInProgressEventType

__all__ = [
    "ResponseMCPCallInProgressEventType",
]
