# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseAudioTranscriptDeltaEventType``."""

from vectorstores_raw.models import ResponseAudioTranscriptDeltaEventType

__all__ = [
    "ResponseAudioTranscriptDeltaEventType",
]
