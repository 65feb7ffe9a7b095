# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseImageGenCallInProgressEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseImageGenCallInProgressEventType = Literal["response.image_generation_call.in_progress"]
"""The type of the event. Always 'response.image_generation_call.in_progress'."""

RESPONSE_IMAGE_GEN_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.image_generation_call.in_progress"]
)


def check_response_image_gen_call_in_progress_event_type(value: str) -> ResponseImageGenCallInProgressEventType:
    """Return ``value`` typed as ResponseImageGenCallInProgressEventType; an unlisted value passes through."""
    return cast(ResponseImageGenCallInProgressEventType, value)
