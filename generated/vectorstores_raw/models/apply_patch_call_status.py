# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchCallStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApplyPatchCallStatus = Literal["completed", "in_progress"]

APPLY_PATCH_CALL_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress"])


def check_apply_patch_call_status(value: str) -> ApplyPatchCallStatus:
    """Return ``value`` typed as ApplyPatchCallStatus; an unlisted value passes through."""
    return cast(ApplyPatchCallStatus, value)
