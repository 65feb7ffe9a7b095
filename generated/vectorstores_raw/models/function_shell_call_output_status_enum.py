# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionShellCallOutputStatusEnum`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionShellCallOutputStatusEnum = Literal["completed", "in_progress", "incomplete"]

FUNCTION_SHELL_CALL_OUTPUT_STATUS_ENUM_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_function_shell_call_output_status_enum(value: str) -> FunctionShellCallOutputStatusEnum:
    """Return ``value`` typed as FunctionShellCallOutputStatusEnum; an unlisted value passes through."""
    return cast(FunctionShellCallOutputStatusEnum, value)
