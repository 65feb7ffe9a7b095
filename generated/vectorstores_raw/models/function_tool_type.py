# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionToolType = Literal["function"]
"""The type of the function tool. Always `function`."""

FUNCTION_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["function"])


def check_function_tool_type(value: str) -> FunctionToolType:
    """Return ``value`` typed as FunctionToolType; an unlisted value passes through."""
    return cast(FunctionToolType, value)
