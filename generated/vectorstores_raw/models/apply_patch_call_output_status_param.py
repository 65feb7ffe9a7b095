# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchCallOutputStatusParam`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApplyPatchCallOutputStatusParam = Literal["completed", "failed"]
"""Outcome values reported for apply_patch tool call outputs."""

APPLY_PATCH_CALL_OUTPUT_STATUS_PARAM_VALUES: frozenset[str] = frozenset(["completed", "failed"])


def check_apply_patch_call_output_status_param(value: str) -> ApplyPatchCallOutputStatusParam:
    """Return ``value`` typed as ApplyPatchCallOutputStatusParam; an unlisted value passes through."""
    return cast(ApplyPatchCallOutputStatusParam, value)
