# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseImageGenCallCompletedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseImageGenCallCompletedEventType = Literal["response.image_generation_call.completed"]
"""The type of the event. Always 'response.image_generation_call.completed'."""

RESPONSE_IMAGE_GEN_CALL_COMPLETED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.image_generation_call.completed"]
)


def check_response_image_gen_call_completed_event_type(value: str) -> ResponseImageGenCallCompletedEventType:
    """Return ``value`` typed as ResponseImageGenCallCompletedEventType; an unlisted value passes through."""
    return cast(ResponseImageGenCallCompletedEventType, value)
