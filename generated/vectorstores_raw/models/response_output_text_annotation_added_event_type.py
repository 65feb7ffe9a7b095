# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseOutputTextAnnotationAddedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseOutputTextAnnotationAddedEventType = Literal["response.output_text.annotation.added"]
"""The type of the event. Always 'response.output_text.annotation.added'."""

RESPONSE_OUTPUT_TEXT_ANNOTATION_ADDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.output_text.annotation.added"]
)


def check_response_output_text_annotation_added_event_type(value: str) -> ResponseOutputTextAnnotationAddedEventType:
    """Return ``value`` typed as ResponseOutputTextAnnotationAddedEventType; an unlisted value passes through."""
    return cast(ResponseOutputTextAnnotationAddedEventType, value)
