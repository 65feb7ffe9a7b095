# Generated from openapi.yaml by make generate; do not edit.
"""The ``OutputMessageRole`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
OutputMessageRole = Literal["assistant"]

OUTPUT_MESSAGE_ROLE_VALUES: frozenset[str] = frozenset(["assistant"])


def check_output_message_role(value: str) -> OutputMessageRole:
    """Return ``value`` typed as OutputMessageRole; an unlisted value passes through."""
    return cast(OutputMessageRole, value)
