# Generated from openapi.yaml by make generate; do not edit.
"""The ``EasyInputMessageType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
EasyInputMessageType = Literal["message"]
"""The type of the message input. Always `message`."""

EASY_INPUT_MESSAGE_TYPE_VALUES: frozenset[str] = frozenset(["message"])


def check_easy_input_message_type(value: str) -> EasyInputMessageType:
    """Return ``value`` typed as EasyInputMessageType; an unlisted value passes through."""
    return cast(EasyInputMessageType, value)
