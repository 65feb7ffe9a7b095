# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionShellCallItemParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionShellCallItemParamType = Literal["shell_call"]
"""The type of the item. Always `shell_call`."""

FUNCTION_SHELL_CALL_ITEM_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["shell_call"])


def check_function_shell_call_item_param_type(value: str) -> FunctionShellCallItemParamType:
    """Return ``value`` typed as FunctionShellCallItemParamType; an unlisted value passes through."""
    return cast(FunctionShellCallItemParamType, value)
