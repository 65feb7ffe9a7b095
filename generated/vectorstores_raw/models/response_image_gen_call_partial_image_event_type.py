# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseImageGenCallPartialImageEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseImageGenCallPartialImageEventType = Literal["response.image_generation_call.partial_image"]
"""The type of the event. Always 'response.image_generation_call.partial_image'."""

RESPONSE_IMAGE_GEN_CALL_PARTIAL_IMAGE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.image_generation_call.partial_image"]
)


def check_response_image_gen_call_partial_image_event_type(value: str) -> ResponseImageGenCallPartialImageEventType:
    """Return ``value`` typed as ResponseImageGenCallPartialImageEventType; an unlisted value passes through."""
    return cast(ResponseImageGenCallPartialImageEventType, value)
