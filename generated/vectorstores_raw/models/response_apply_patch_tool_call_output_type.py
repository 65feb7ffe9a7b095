# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseApplyPatchToolCallOutputType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseApplyPatchToolCallOutputType = Literal["apply_patch_call_output"]
"""The type of the item. Always `apply_patch_call_output`."""

RESPONSE_APPLY_PATCH_TOOL_CALL_OUTPUT_TYPE_VALUES: frozenset[str] = frozenset(["apply_patch_call_output"])


def check_response_apply_patch_tool_call_output_type(value: str) -> ResponseApplyPatchToolCallOutputType:
    """Return ``value`` typed as ResponseApplyPatchToolCallOutputType; an unlisted value passes through."""
    return cast(ResponseApplyPatchToolCallOutputType, value)
