# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallFailedEventType``."""

from vectorstores_raw.models import ResponseMCPCallFailedEventType

__all__ = [
    "ResponseMCPCallFailedEventType",
]
