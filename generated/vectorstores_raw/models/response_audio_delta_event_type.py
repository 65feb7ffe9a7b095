# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseAudioDeltaEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseAudioDeltaEventType = Literal["response.audio.delta"]
"""The type of the event. Always `response.audio.delta`."""

RESPONSE_AUDIO_DELTA_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.audio.delta"])


def check_response_audio_delta_event_type(value: str) -> ResponseAudioDeltaEventType:
    """Return ``value`` typed as ResponseAudioDeltaEventType; an unlisted value passes through."""
    return cast(ResponseAudioDeltaEventType, value)
