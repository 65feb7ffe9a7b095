# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallArgumentsDeltaEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPCallArgumentsDeltaEvent, ResponseMCPCallArgumentsDeltaEventType

__all__ = [
    "ResponseMCPCallArgumentsDeltaEvent",
    "ResponseMCPCallArgumentsDeltaEventType",
]
