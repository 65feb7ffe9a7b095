# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolSearchOutputType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ToolSearchOutputType = Literal["tool_search_output"]
"""The type of the item. Always `tool_search_output`."""

TOOL_SEARCH_OUTPUT_TYPE_VALUES: frozenset[str] = frozenset(["tool_search_output"])


def check_tool_search_output_type(value: str) -> ToolSearchOutputType:
    """Return ``value`` typed as ToolSearchOutputType; an unlisted value passes through."""
    return cast(ToolSearchOutputType, value)
