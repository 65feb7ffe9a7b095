# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseContentPartDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseContentPartDoneEvent, ResponseContentPartDoneEventType, ResponseOutputText

__all__ = [
    "ResponseContentPartDoneEvent",
    "ResponseContentPartDoneEventType",
    "ResponseOutputText",
]
