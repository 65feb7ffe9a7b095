# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchCallOutputStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApplyPatchCallOutputStatus = Literal["completed", "failed"]

APPLY_PATCH_CALL_OUTPUT_STATUS_VALUES: frozenset[str] = frozenset(["completed", "failed"])


def check_apply_patch_call_output_status(value: str) -> ApplyPatchCallOutputStatus:
    """Return ``value`` typed as ApplyPatchCallOutputStatus; an unlisted value passes through."""
    return cast(ApplyPatchCallOutputStatus, value)
