# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchDeleteFileOperationParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApplyPatchDeleteFileOperationParamType = Literal["delete_file"]
"""The operation type. Always `delete_file`."""

APPLY_PATCH_DELETE_FILE_OPERATION_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["delete_file"])


def check_apply_patch_delete_file_operation_param_type(value: str) -> ApplyPatchDeleteFileOperationParamType:
    """Return ``value`` typed as ApplyPatchDeleteFileOperationParamType; an unlisted value passes through."""
    return cast(ApplyPatchDeleteFileOperationParamType, value)
