# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseMCPCallArgumentsDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseMCPCallArgumentsDoneEvent, ResponseMCPCallArgumentsDoneEventType

__all__ = [
    "ResponseMCPCallArgumentsDoneEvent",
    "ResponseMCPCallArgumentsDoneEventType",
]
