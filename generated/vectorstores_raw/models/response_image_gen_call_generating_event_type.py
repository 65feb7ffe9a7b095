# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseImageGenCallGeneratingEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseImageGenCallGeneratingEventType = Literal["response.image_generation_call.generating"]
"""The type of the event. Always 'response.image_generation_call.generating'."""

RESPONSE_IMAGE_GEN_CALL_GENERATING_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.image_generation_call.generating"]
)


def check_response_image_gen_call_generating_event_type(value: str) -> ResponseImageGenCallGeneratingEventType:
    """Return ``value`` typed as ResponseImageGenCallGeneratingEventType; an unlisted value passes through."""
    return cast(ResponseImageGenCallGeneratingEventType, value)
