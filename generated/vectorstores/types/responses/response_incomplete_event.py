# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseIncompleteEvent`` and the types its fields name."""

from vectorstores_raw.models import Response, ResponseIncompleteEvent, ResponseIncompleteEventType

__all__ = [
    "Response",
    "ResponseIncompleteEvent",
    "ResponseIncompleteEventType",
]
