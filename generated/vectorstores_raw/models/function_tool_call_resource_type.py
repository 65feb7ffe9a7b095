# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionToolCallResourceType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionToolCallResourceType = Literal["function_call"]
"""The type of the function tool call. Always `function_call`."""

FUNCTION_TOOL_CALL_RESOURCE_TYPE_VALUES: frozenset[str] = frozenset(["function_call"])


def check_function_tool_call_resource_type(value: str) -> FunctionToolCallResourceType:
    """Return ``value`` typed as FunctionToolCallResourceType; an unlisted value passes through."""
    return cast(FunctionToolCallResourceType, value)
