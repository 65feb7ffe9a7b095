# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseAudioTranscriptDeltaEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseAudioTranscriptDeltaEventType = Literal["response.audio.transcript.delta"]
"""The type of the event. Always `response.audio.transcript.delta`."""

RESPONSE_AUDIO_TRANSCRIPT_DELTA_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.audio.transcript.delta"])


def check_response_audio_transcript_delta_event_type(value: str) -> ResponseAudioTranscriptDeltaEventType:
    """Return ``value`` typed as ResponseAudioTranscriptDeltaEventType; an unlisted value passes through."""
    return cast(ResponseAudioTranscriptDeltaEventType, value)
