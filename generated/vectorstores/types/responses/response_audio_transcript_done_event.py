# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseAudioTranscriptDoneEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseAudioTranscriptDoneEvent, ResponseAudioTranscriptDoneEventType

__all__ = [
    "ResponseAudioTranscriptDoneEvent",
    "ResponseAudioTranscriptDoneEventType",
]
