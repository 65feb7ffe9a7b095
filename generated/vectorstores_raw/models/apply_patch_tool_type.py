# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApplyPatchToolType = Literal["apply_patch"]
"""The type of the tool. Always `apply_patch`."""

APPLY_PATCH_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["apply_patch"])


def check_apply_patch_tool_type(value: str) -> ApplyPatchToolType:
    """Return ``value`` typed as ApplyPatchToolType; an unlisted value passes through."""
    return cast(ApplyPatchToolType, value)
