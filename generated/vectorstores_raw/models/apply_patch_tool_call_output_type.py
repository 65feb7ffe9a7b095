# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchToolCallOutputType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApplyPatchToolCallOutputType = Literal["apply_patch_call_output"]
"""The type of the item. Always `apply_patch_call_output`."""

APPLY_PATCH_TOOL_CALL_OUTPUT_TYPE_VALUES: frozenset[str] = frozenset(["apply_patch_call_output"])


def check_apply_patch_tool_call_output_type(value: str) -> ApplyPatchToolCallOutputType:
    """Return ``value`` typed as ApplyPatchToolCallOutputType; an unlisted value passes through."""
    return cast(ApplyPatchToolCallOutputType, value)
