# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseAudioDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseAudioDoneEvent, ResponseAudioDoneEventType

__all__ = [
    "ResponseAudioDoneEvent",
    "ResponseAudioDoneEventType",
]
