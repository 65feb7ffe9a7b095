# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCustomToolCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCustomToolCallType = Literal["custom_tool_call"]
"""The type of the custom tool call. Always `custom_tool_call`."""

RESPONSE_CUSTOM_TOOL_CALL_TYPE_VALUES: frozenset[str] = frozenset(["custom_tool_call"])


def check_response_custom_tool_call_type(value: str) -> ResponseCustomToolCallType:
    """Return ``value`` typed as ResponseCustomToolCallType; an unlisted value passes through."""
    return cast(ResponseCustomToolCallType, value)
