# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseInputMessageItemType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseInputMessageItemType = Literal["message"]
"""The type of the message input. Always set to `message`."""

RESPONSE_INPUT_MESSAGE_ITEM_TYPE_VALUES: frozenset[str] = frozenset(["message"])


def check_response_input_message_item_type(value: str) -> ResponseInputMessageItemType:
    """Return ``value`` typed as ResponseInputMessageItemType; an unlisted value passes through."""
    return cast(ResponseInputMessageItemType, value)
