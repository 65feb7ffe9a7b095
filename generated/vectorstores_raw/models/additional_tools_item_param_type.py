# Generated from openapi.yaml by make generate; do not edit.
"""The ``AdditionalToolsItemParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
AdditionalToolsItemParamType = Literal["additional_tools"]
"""The item type. Always `additional_tools`."""

ADDITIONAL_TOOLS_ITEM_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["additional_tools"])


def check_additional_tools_item_param_type(value: str) -> AdditionalToolsItemParamType:
    """Return ``value`` typed as AdditionalToolsItemParamType; an unlisted value passes through."""
    return cast(AdditionalToolsItemParamType, value)
