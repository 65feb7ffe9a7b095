# Generated from openapi.yaml by make generate; do not edit.
"""The ``AdditionalToolsItemParamRole`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
AdditionalToolsItemParamRole = Literal["developer"]
"""The role that provided the additional tools. Only `developer` is supported."""

ADDITIONAL_TOOLS_ITEM_PARAM_ROLE_VALUES: frozenset[str] = frozenset(["developer"])


def check_additional_tools_item_param_role(value: str) -> AdditionalToolsItemParamRole:
    """Return ``value`` typed as AdditionalToolsItemParamRole; an unlisted value passes through."""
    return cast(AdditionalToolsItemParamRole, value)
