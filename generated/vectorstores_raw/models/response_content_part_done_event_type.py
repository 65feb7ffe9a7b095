# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseContentPartDoneEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseContentPartDoneEventType = Literal["response.content_part.done"]
"""The type of the event. Always `response.content_part.done`."""

RESPONSE_CONTENT_PART_DONE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.content_part.done"])


def check_response_content_part_done_event_type(value: str) -> ResponseContentPartDoneEventType:
    """Return ``value`` typed as ResponseContentPartDoneEventType; an unlisted value passes through."""
    return cast(ResponseContentPartDoneEventType, value)
