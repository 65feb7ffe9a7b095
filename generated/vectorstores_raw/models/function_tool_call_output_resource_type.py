# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionToolCallOutputResourceType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionToolCallOutputResourceType = Literal["function_call_output"]
"""The type of the function tool call output. Always `function_call_output`."""

FUNCTION_TOOL_CALL_OUTPUT_RESOURCE_TYPE_VALUES: frozenset[str] = frozenset(["function_call_output"])


def check_function_tool_call_output_resource_type(value: str) -> FunctionToolCallOutputResourceType:
    """Return ``value`` typed as FunctionToolCallOutputResourceType; an unlisted value passes through."""
    return cast(FunctionToolCallOutputResourceType, value)
