# Generated from openapi.yaml by make generate; do not edit.
"""The ``InputMessageResourceRole`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InputMessageResourceRole = Literal["developer", "system", "user"]
"""The role of the message input. One of `user`, `system`, or `developer`."""

INPUT_MESSAGE_RESOURCE_ROLE_VALUES: frozenset[str] = frozenset(["developer", "system", "user"])


def check_input_message_resource_role(value: str) -> InputMessageResourceRole:
    """Return ``value`` typed as InputMessageResourceRole; an unlisted value passes through."""
    return cast(InputMessageResourceRole, value)
