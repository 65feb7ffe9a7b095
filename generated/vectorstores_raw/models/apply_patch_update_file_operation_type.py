# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchUpdateFileOperationType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApplyPatchUpdateFileOperationType = Literal["update_file"]
"""Update an existing file with the provided diff."""

APPLY_PATCH_UPDATE_FILE_OPERATION_TYPE_VALUES: frozenset[str] = frozenset(["update_file"])


def check_apply_patch_update_file_operation_type(value: str) -> ApplyPatchUpdateFileOperationType:
    """Return ``value`` typed as ApplyPatchUpdateFileOperationType; an unlisted value passes through."""
    return cast(ApplyPatchUpdateFileOperationType, value)
