# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionToolParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionToolParamType = Literal["function"]

FUNCTION_TOOL_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["function"])


def check_function_tool_param_type(value: str) -> FunctionToolParamType:
    """Return ``value`` typed as FunctionToolParamType; an unlisted value passes through."""
    return cast(FunctionToolParamType, value)
