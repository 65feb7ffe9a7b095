# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseOutputMessageRole`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseOutputMessageRole = Literal["assistant"]
"""The role of the output message. Always `assistant`."""

RESPONSE_OUTPUT_MESSAGE_ROLE_VALUES: frozenset[str] = frozenset(["assistant"])


def check_response_output_message_role(value: str) -> ResponseOutputMessageRole:
    """Return ``value`` typed as ResponseOutputMessageRole; an unlisted value passes through."""
    return cast(ResponseOutputMessageRole, value)
