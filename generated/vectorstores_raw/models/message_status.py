# Generated from openapi.yaml by make generate; do not edit.
"""The ``MessageStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MessageStatus = Literal["completed", "in_progress", "incomplete"]

MESSAGE_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_message_status(value: str) -> MessageStatus:
    """Return ``value`` typed as MessageStatus; an unlisted value passes through."""
    return cast(MessageStatus, value)
