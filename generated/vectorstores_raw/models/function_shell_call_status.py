# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionShellCallStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionShellCallStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_SHELL_CALL_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_function_shell_call_status(value: str) -> FunctionShellCallStatus:
    """Return ``value`` typed as FunctionShellCallStatus; an unlisted value passes through."""
    return cast(FunctionShellCallStatus, value)
