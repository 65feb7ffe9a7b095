# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionCallOutputStatusEnum`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionCallOutputStatusEnum = Literal["completed", "in_progress", "incomplete"]

FUNCTION_CALL_OUTPUT_STATUS_ENUM_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_function_call_output_status_enum(value: str) -> FunctionCallOutputStatusEnum:
    """Return ``value`` typed as FunctionCallOutputStatusEnum; an unlisted value passes through."""
    return cast(FunctionCallOutputStatusEnum, value)
