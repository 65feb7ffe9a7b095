# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseAudioDeltaEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseAudioDeltaEvent, ResponseAudioDeltaEventType

__all__ = [
    "ResponseAudioDeltaEvent",
    "ResponseAudioDeltaEventType",
]
