# Generated from openapi.yaml by make generate; do not edit.
"""The ``ProgramType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ProgramType = Literal["program"]
"""The type of the item. Always `program`."""

PROGRAM_TYPE_VALUES: frozenset[str] = frozenset(["program"])


def check_program_type(value: str) -> ProgramType:
    """Return ``value`` typed as ProgramType; an unlisted value passes through."""
    return cast(ProgramType, value)
