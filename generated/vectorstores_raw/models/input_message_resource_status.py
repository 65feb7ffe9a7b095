# Generated from openapi.yaml by make generate; do not edit.
"""The ``InputMessageResourceStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InputMessageResourceStatus = Literal["completed", "in_progress", "incomplete"]
"""The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API."""

INPUT_MESSAGE_RESOURCE_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_input_message_resource_status(value: str) -> InputMessageResourceStatus:
    """Return ``value`` typed as InputMessageResourceStatus; an unlisted value passes through."""
    return cast(InputMessageResourceStatus, value)
