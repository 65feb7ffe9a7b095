# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionCallOutputItemParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionCallOutputItemParamType = Literal["function_call_output"]
"""The type of the function tool call output. Always `function_call_output`."""

FUNCTION_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["function_call_output"])


def check_function_call_output_item_param_type(value: str) -> FunctionCallOutputItemParamType:
    """Return ``value`` typed as FunctionCallOutputItemParamType; an unlisted value passes through."""
    return cast(FunctionCallOutputItemParamType, value)
