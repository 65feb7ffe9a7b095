# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPListToolsFailedEventType``."""

from vectorstores_raw.models import ResponseMCPListToolsFailedEventType

__all__ = [
    "ResponseMCPListToolsFailedEventType",
]
