# Generated from openapi.yaml by make generate; do not edit.
"""The ``AdditionalToolsType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
AdditionalToolsType = Literal["additional_tools"]
"""The type of the item. Always `additional_tools`."""

ADDITIONAL_TOOLS_TYPE_VALUES: frozenset[str] = frozenset(["additional_tools"])


def check_additional_tools_type(value: str) -> AdditionalToolsType:
    """Return ``value`` typed as AdditionalToolsType; an unlisted value passes through."""
    return cast(AdditionalToolsType, value)
