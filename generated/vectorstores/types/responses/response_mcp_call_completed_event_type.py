# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallCompletedEventType``."""

from vectorstores_raw.models import ResponseMCPCallCompletedEventType

__all__ = [
    "ResponseMCPCallCompletedEventType",
]
