# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseAudioTranscriptDeltaEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseAudioTranscriptDeltaEvent, ResponseAudioTranscriptDeltaEventType

__all__ = [
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDeltaEventType",
]
