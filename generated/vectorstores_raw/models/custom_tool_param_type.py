# Generated from openapi.yaml by make generate; do not edit.
"""The ``CustomToolParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CustomToolParamType = Literal["custom"]
"""The type of the custom tool. Always `custom`."""

CUSTOM_TOOL_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["custom"])


def check_custom_tool_param_type(value: str) -> CustomToolParamType:
    """Return ``value`` typed as CustomToolParamType; an unlisted value passes through."""
    return cast(CustomToolParamType, value)
