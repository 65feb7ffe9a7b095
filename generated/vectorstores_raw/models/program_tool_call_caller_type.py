# Generated from openapi.yaml by make generate; do not edit.
"""The ``ProgramToolCallCallerType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ProgramToolCallCallerType = Literal["program"]

PROGRAM_TOOL_CALL_CALLER_TYPE_VALUES: frozenset[str] = frozenset(["program"])


def check_program_tool_call_caller_type(value: str) -> ProgramToolCallCallerType:
    """Return ``value`` typed as ProgramToolCallCallerType; an unlisted value passes through."""
    return cast(ProgramToolCallCallerType, value)
