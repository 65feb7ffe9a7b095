# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchDeleteFileOperationType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApplyPatchDeleteFileOperationType = Literal["delete_file"]
"""Delete the specified file."""

APPLY_PATCH_DELETE_FILE_OPERATION_TYPE_VALUES: frozenset[str] = frozenset(["delete_file"])


def check_apply_patch_delete_file_operation_type(value: str) -> ApplyPatchDeleteFileOperationType:
    """Return ``value`` typed as ApplyPatchDeleteFileOperationType; an unlisted value passes through."""
    return cast(ApplyPatchDeleteFileOperationType, value)
