# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolSearchExecutionType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ToolSearchExecutionType = Literal["client", "server"]

TOOL_SEARCH_EXECUTION_TYPE_VALUES: frozenset[str] = frozenset(["client", "server"])


def check_tool_search_execution_type(value: str) -> ToolSearchExecutionType:
    """Return ``value`` typed as ToolSearchExecutionType; an unlisted value passes through."""
    return cast(ToolSearchExecutionType, value)
