# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchToolCallItemParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApplyPatchToolCallItemParamType = Literal["apply_patch_call"]
"""The type of the item. Always `apply_patch_call`."""

APPLY_PATCH_TOOL_CALL_ITEM_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["apply_patch_call"])


def check_apply_patch_tool_call_item_param_type(value: str) -> ApplyPatchToolCallItemParamType:
    """Return ``value`` typed as ApplyPatchToolCallItemParamType; an unlisted value passes through."""
    return cast(ApplyPatchToolCallItemParamType, value)
