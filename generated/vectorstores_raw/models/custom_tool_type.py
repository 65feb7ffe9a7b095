# Generated from openapi.yaml by make generate; do not edit.
"""The ``CustomToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CustomToolType = Literal["custom"]
"""The type of the custom tool. Always `custom`."""

CUSTOM_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["custom"])


def check_custom_tool_type(value: str) -> CustomToolType:
    """Return ``value`` typed as CustomToolType; an unlisted value passes through."""
    return cast(CustomToolType, value)
