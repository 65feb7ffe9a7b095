# Generated from openapi.yaml by make generate; do not edit.
"""The ``SpecificApplyPatchToolChoiceType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
SpecificApplyPatchToolChoiceType = Literal["apply_patch"]
"""The tool to call. Always `apply_patch`."""

SPECIFIC_APPLY_PATCH_TOOL_CHOICE_TYPE_VALUES: frozenset[str] = frozenset(["apply_patch"])


def check_specific_apply_patch_tool_choice_type(value: str) -> SpecificApplyPatchToolChoiceType:
    """Return ``value`` typed as SpecificApplyPatchToolChoiceType; an unlisted value passes through."""
    return cast(SpecificApplyPatchToolChoiceType, value)
