# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseStatus = Literal["cancelled", "completed", "failed", "in_progress", "incomplete", "queued"]
"""The status of the response generation. One of `completed`, `failed`, `in_progress`, `cancelled`, `queued`, or
`incomplete`.
"""

RESPONSE_STATUS_VALUES: frozenset[str] = frozenset(
    ["cancelled", "completed", "failed", "in_progress", "incomplete", "queued"]
)


def check_response_status(value: str) -> ResponseStatus:
    """Return ``value`` typed as ResponseStatus; an unlisted value passes through."""
    return cast(ResponseStatus, value)
