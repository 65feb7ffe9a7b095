# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseOutputItemDoneEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseOutputItemDoneEventType = Literal["response.output_item.done"]
"""The type of the event. Always `response.output_item.done`."""

RESPONSE_OUTPUT_ITEM_DONE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.output_item.done"])


def check_response_output_item_done_event_type(value: str) -> ResponseOutputItemDoneEventType:
    """Return ``value`` typed as ResponseOutputItemDoneEventType; an unlisted value passes through."""
    return cast(ResponseOutputItemDoneEventType, value)
