# Generated from openapi.yaml by make generate; do not edit.
"""The ``DirectToolCallCallerType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
DirectToolCallCallerType = Literal["direct"]

DIRECT_TOOL_CALL_CALLER_TYPE_VALUES: frozenset[str] = frozenset(["direct"])


def check_direct_tool_call_caller_type(value: str) -> DirectToolCallCallerType:
    """Return ``value`` typed as DirectToolCallCallerType; an unlisted value passes through."""
    return cast(DirectToolCallCallerType, value)
