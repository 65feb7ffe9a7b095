# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionShellCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionShellCallType = Literal["shell_call"]
"""The type of the item. Always `shell_call`."""

FUNCTION_SHELL_CALL_TYPE_VALUES: frozenset[str] = frozenset(["shell_call"])


def check_function_shell_call_type(value: str) -> FunctionShellCallType:
    """Return ``value`` typed as FunctionShellCallType; an unlisted value passes through."""
    return cast(FunctionShellCallType, value)
