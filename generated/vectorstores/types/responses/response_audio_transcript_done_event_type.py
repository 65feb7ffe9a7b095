# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseAudioTranscriptDoneEventType``."""

from vectorstores_raw.models import ResponseAudioTranscriptDoneEventType

__all__ = [
    "ResponseAudioTranscriptDoneEventType",
]
