# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseInputMessageItemRole`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseInputMessageItemRole = Literal["developer", "system", "user"]
"""The role of the message input. One of `user`, `system`, or `developer`."""

RESPONSE_INPUT_MESSAGE_ITEM_ROLE_VALUES: frozenset[str] = frozenset(["developer", "system", "user"])


def check_response_input_message_item_role(value: str) -> ResponseInputMessageItemRole:
    """Return ``value`` typed as ResponseInputMessageItemRole; an unlisted value passes through."""
    return cast(ResponseInputMessageItemRole, value)
