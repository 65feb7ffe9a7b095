# Generated from openapi.yaml by make generate; do not edit.
"""The ``OutputMessageType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
OutputMessageType = Literal["message"]

OUTPUT_MESSAGE_TYPE_VALUES: frozenset[str] = frozenset(["message"])


def check_output_message_type(value: str) -> OutputMessageType:
    """Return ``value`` typed as OutputMessageType; an unlisted value passes through."""
    return cast(OutputMessageType, value)
