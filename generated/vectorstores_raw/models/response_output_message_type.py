# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseOutputMessageType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseOutputMessageType = Literal["message"]
"""The type of the output message. Always `message`."""

RESPONSE_OUTPUT_MESSAGE_TYPE_VALUES: frozenset[str] = frozenset(["message"])


def check_response_output_message_type(value: str) -> ResponseOutputMessageType:
    """Return ``value`` typed as ResponseOutputMessageType; an unlisted value passes through."""
    return cast(ResponseOutputMessageType, value)
