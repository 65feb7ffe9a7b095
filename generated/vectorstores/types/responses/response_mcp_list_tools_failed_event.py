# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPListToolsFailedEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPListToolsFailedEvent, ResponseMCPListToolsFailedEventType

__all__ = [
    "ResponseMCPListToolsFailedEvent",
    "ResponseMCPListToolsFailedEventType",
]
