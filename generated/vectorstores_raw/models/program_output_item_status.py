# Generated from openapi.yaml by make generate; do not edit.
"""The ``ProgramOutputItemStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ProgramOutputItemStatus = Literal["completed", "incomplete"]

PROGRAM_OUTPUT_ITEM_STATUS_VALUES: frozenset[str] = frozenset(["completed", "incomplete"])


def check_program_output_item_status(value: str) -> ProgramOutputItemStatus:
    """Return ``value`` typed as ProgramOutputItemStatus; an unlisted value passes through."""
    return cast(ProgramOutputItemStatus, value)
