# Generated from openapi.yaml by make generate; do not edit.
"""The ``MessageRole`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MessageRole = Literal["assistant", "critic", "developer", "discriminator", "system", "tool", "unknown", "user"]

MESSAGE_ROLE_VALUES: frozenset[str] = frozenset(
    ["assistant", "critic", "developer", "discriminator", "system", "tool", "unknown", "user"]
)


def check_message_role(value: str) -> MessageRole:
    """Return ``value`` typed as MessageRole; an unlisted value passes through."""
    return cast(MessageRole, value)
