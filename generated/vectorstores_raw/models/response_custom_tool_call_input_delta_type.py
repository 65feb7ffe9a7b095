# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCustomToolCallInputDeltaType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCustomToolCallInputDeltaType = Literal["response.custom_tool_call_input.delta"]
"""The event type identifier."""

RESPONSE_CUSTOM_TOOL_CALL_INPUT_DELTA_TYPE_VALUES: frozenset[str] = frozenset(["response.custom_tool_call_input.delta"])


def check_response_custom_tool_call_input_delta_type(value: str) -> ResponseCustomToolCallInputDeltaType:
    """Return ``value`` typed as ResponseCustomToolCallInputDeltaType; an unlisted value passes through."""
    return cast(ResponseCustomToolCallInputDeltaType, value)
