# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionCallStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionCallStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_CALL_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_function_call_status(value: str) -> FunctionCallStatus:
    """Return ``value`` typed as FunctionCallStatus; an unlisted value passes through."""
    return cast(FunctionCallStatus, value)
