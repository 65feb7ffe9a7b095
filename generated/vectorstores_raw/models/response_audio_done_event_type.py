# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseAudioDoneEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseAudioDoneEventType = Literal["response.audio.done"]
"""The type of the event. Always `response.audio.done`."""

RESPONSE_AUDIO_DONE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.audio.done"])


def check_response_audio_done_event_type(value: str) -> ResponseAudioDoneEventType:
    """Return ``value`` typed as ResponseAudioDoneEventType; an unlisted value passes through."""
    return cast(ResponseAudioDoneEventType, value)
