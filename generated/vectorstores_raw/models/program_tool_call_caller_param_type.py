# Generated from openapi.yaml by make generate; do not edit.
"""The ``ProgramToolCallCallerParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ProgramToolCallCallerParamType = Literal["program"]
"""The caller type. Always `program`."""

PROGRAM_TOOL_CALL_CALLER_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["program"])


def check_program_tool_call_caller_param_type(value: str) -> ProgramToolCallCallerParamType:
    """Return ``value`` typed as ProgramToolCallCallerParamType; an unlisted value passes through."""
    return cast(ProgramToolCallCallerParamType, value)
