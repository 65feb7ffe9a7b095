# Generated from openapi.yaml by make generate; do not edit.
"""The ``InputMessageType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InputMessageType = Literal["message"]

INPUT_MESSAGE_TYPE_VALUES: frozenset[str] = frozenset(["message"])


def check_input_message_type(value: str) -> InputMessageType:
    """Return ``value`` typed as InputMessageType; an unlisted value passes through."""
    return cast(InputMessageType, value)
