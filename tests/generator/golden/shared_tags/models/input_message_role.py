# Generated from openapi.yaml by make generate; do not edit.
"""The ``InputMessageRole`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InputMessageRole = Literal["system", "user"]

INPUT_MESSAGE_ROLE_VALUES: frozenset[str] = frozenset(["system", "user"])


def check_input_message_role(value: str) -> InputMessageRole:
    """Return ``value`` typed as InputMessageRole; an unlisted value passes through."""
    return cast(InputMessageRole, value)
