# Generated from openapi.yaml by make generate; do not edit.
"""The ``CallableToolAllowedCaller`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CallableToolAllowedCaller = Literal["direct", "programmatic"]

CALLABLE_TOOL_ALLOWED_CALLER_VALUES: frozenset[str] = frozenset(["direct", "programmatic"])


def check_callable_tool_allowed_caller(value: str) -> CallableToolAllowedCaller:
    """Return ``value`` typed as CallableToolAllowedCaller; an unlisted value passes through."""
    return cast(CallableToolAllowedCaller, value)
