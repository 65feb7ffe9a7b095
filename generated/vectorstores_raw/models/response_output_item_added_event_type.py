# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseOutputItemAddedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseOutputItemAddedEventType = Literal["response.output_item.added"]
"""The type of the event. Always `response.output_item.added`."""

RESPONSE_OUTPUT_ITEM_ADDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.output_item.added"])


def check_response_output_item_added_event_type(value: str) -> ResponseOutputItemAddedEventType:
    """Return ``value`` typed as ResponseOutputItemAddedEventType; an unlisted value passes through."""
    return cast(ResponseOutputItemAddedEventType, value)
