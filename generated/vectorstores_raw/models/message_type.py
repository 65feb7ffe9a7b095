# Generated from openapi.yaml by make generate; do not edit.
"""The ``MessageType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MessageType = Literal["message"]
"""The type of the message. Always set to `message`."""

MESSAGE_TYPE_VALUES: frozenset[str] = frozenset(["message"])


def check_message_type(value: str) -> MessageType:
    """Return ``value`` typed as MessageType; an unlisted value passes through."""
    return cast(MessageType, value)
