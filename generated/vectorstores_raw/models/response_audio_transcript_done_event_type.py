# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseAudioTranscriptDoneEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseAudioTranscriptDoneEventType = Literal["response.audio.transcript.done"]
"""The type of the event. Always `response.audio.transcript.done`."""

RESPONSE_AUDIO_TRANSCRIPT_DONE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.audio.transcript.done"])


def check_response_audio_transcript_done_event_type(value: str) -> ResponseAudioTranscriptDoneEventType:
    """Return ``value`` typed as ResponseAudioTranscriptDoneEventType; an unlisted value passes through."""
    return cast(ResponseAudioTranscriptDoneEventType, value)
