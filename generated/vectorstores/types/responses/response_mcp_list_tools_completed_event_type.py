# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPListToolsCompletedEventType``."""

from vectorstores_raw.models import ResponseMCPListToolsCompletedEventType

__all__ = [
    "ResponseMCPListToolsCompletedEventType",
]
