# Generated from openapi.yaml by make generate; do not edit.
"""The ``EasyInputMessageRole`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
EasyInputMessageRole = Literal["assistant", "developer", "system", "user"]
"""The role of the message input. One of `user`, `assistant`, `system`, or `developer`."""

EASY_INPUT_MESSAGE_ROLE_VALUES: frozenset[str] = frozenset(["assistant", "developer", "system", "user"])


def check_easy_input_message_role(value: str) -> EasyInputMessageRole:
    """Return ``value`` typed as EasyInputMessageRole; an unlisted value passes through."""
    return cast(EasyInputMessageRole, value)
