# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolSearchToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ToolSearchToolType = Literal["tool_search"]
"""The type of the tool. Always `tool_search`."""

TOOL_SEARCH_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["tool_search"])


def check_tool_search_tool_type(value: str) -> ToolSearchToolType:
    """Return ``value`` typed as ToolSearchToolType; an unlisted value passes through."""
    return cast(ToolSearchToolType, value)
