# Generated from openapi.yaml by make generate; do not edit.
"""The ``DirectToolCallCallerParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
DirectToolCallCallerParamType = Literal["direct"]
"""The caller type. Always `direct`."""

DIRECT_TOOL_CALL_CALLER_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["direct"])


def check_direct_tool_call_caller_param_type(value: str) -> DirectToolCallCallerParamType:
    """Return ``value`` typed as DirectToolCallCallerParamType; an unlisted value passes through."""
    return cast(DirectToolCallCallerParamType, value)
