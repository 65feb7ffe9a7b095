# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseContentPartDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import OutputText, ResponseContentPartDoneEvent, ResponseContentPartDoneEventType

__all__ = [
    "OutputText",
    "ResponseContentPartDoneEvent",
    "ResponseContentPartDoneEventType",
]
