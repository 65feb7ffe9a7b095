# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolChoiceApplyPatchType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ToolChoiceApplyPatchType = Literal["apply_patch"]
"""The tool to call. Always `apply_patch`."""

TOOL_CHOICE_APPLY_PATCH_TYPE_VALUES: frozenset[str] = frozenset(["apply_patch"])


def check_tool_choice_apply_patch_type(value: str) -> ToolChoiceApplyPatchType:
    """Return ``value`` typed as ToolChoiceApplyPatchType; an unlisted value passes through."""
    return cast(ToolChoiceApplyPatchType, value)
