# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchCreateFileOperationType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApplyPatchCreateFileOperationType = Literal["create_file"]
"""Create a new file with the provided diff."""

APPLY_PATCH_CREATE_FILE_OPERATION_TYPE_VALUES: frozenset[str] = frozenset(["create_file"])


def check_apply_patch_create_file_operation_type(value: str) -> ApplyPatchCreateFileOperationType:
    """Return ``value`` typed as ApplyPatchCreateFileOperationType; an unlisted value passes through."""
    return cast(ApplyPatchCreateFileOperationType, value)
