# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseApplyPatchToolCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseApplyPatchToolCallType = Literal["apply_patch_call"]
"""The type of the item. Always `apply_patch_call`."""

RESPONSE_APPLY_PATCH_TOOL_CALL_TYPE_VALUES: frozenset[str] = frozenset(["apply_patch_call"])


def check_response_apply_patch_tool_call_type(value: str) -> ResponseApplyPatchToolCallType:
    """Return ``value`` typed as ResponseApplyPatchToolCallType; an unlisted value passes through."""
    return cast(ResponseApplyPatchToolCallType, value)
