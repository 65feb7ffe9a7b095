# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchToolCallOutputItemParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApplyPatchToolCallOutputItemParamType = Literal["apply_patch_call_output"]
"""The type of the item. Always `apply_patch_call_output`."""

APPLY_PATCH_TOOL_CALL_OUTPUT_ITEM_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["apply_patch_call_output"])


def check_apply_patch_tool_call_output_item_param_type(value: str) -> ApplyPatchToolCallOutputItemParamType:
    """Return ``value`` typed as ApplyPatchToolCallOutputItemParamType; an unlisted value passes through."""
    return cast(ApplyPatchToolCallOutputItemParamType, value)
