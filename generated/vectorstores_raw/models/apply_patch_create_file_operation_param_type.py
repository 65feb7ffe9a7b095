# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchCreateFileOperationParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApplyPatchCreateFileOperationParamType = Literal["create_file"]
"""The operation type. Always `create_file`."""

APPLY_PATCH_CREATE_FILE_OPERATION_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["create_file"])


def check_apply_patch_create_file_operation_param_type(value: str) -> ApplyPatchCreateFileOperationParamType:
    """Return ``value`` typed as ApplyPatchCreateFileOperationParamType; an unlisted value passes through."""
    return cast(ApplyPatchCreateFileOperationParamType, value)
