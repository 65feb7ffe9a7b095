# Generated from openapi.yaml by make generate; do not edit.
"""The ``ProgramOutputStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ProgramOutputStatus = Literal["completed", "incomplete"]

PROGRAM_OUTPUT_STATUS_VALUES: frozenset[str] = frozenset(["completed", "incomplete"])


def check_program_output_status(value: str) -> ProgramOutputStatus:
    """Return ``value`` typed as ProgramOutputStatus; an unlisted value passes through."""
    return cast(ProgramOutputStatus, value)
