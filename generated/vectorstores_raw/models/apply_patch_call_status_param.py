# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchCallStatusParam`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApplyPatchCallStatusParam = Literal["completed", "in_progress"]
"""Status values reported for apply_patch tool calls."""

APPLY_PATCH_CALL_STATUS_PARAM_VALUES: frozenset[str] = frozenset(["completed", "in_progress"])


def check_apply_patch_call_status_param(value: str) -> ApplyPatchCallStatusParam:
    """Return ``value`` typed as ApplyPatchCallStatusParam; an unlisted value passes through."""
    return cast(ApplyPatchCallStatusParam, value)
