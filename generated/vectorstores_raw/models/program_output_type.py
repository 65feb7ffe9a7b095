# Generated from openapi.yaml by make generate; do not edit.
"""The ``ProgramOutputType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ProgramOutputType = Literal["program_output"]
"""The type of the item. Always `program_output`."""

PROGRAM_OUTPUT_TYPE_VALUES: frozenset[str] = frozenset(["program_output"])


def check_program_output_type(value: str) -> ProgramOutputType:
    """Return ``value`` typed as ProgramOutputType; an unlisted value passes through."""
    return cast(ProgramOutputType, value)
