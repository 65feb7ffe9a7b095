# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchUpdateFileOperationParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ApplyPatchUpdateFileOperationParamType = Literal["update_file"]
"""The operation type. Always `update_file`."""

APPLY_PATCH_UPDATE_FILE_OPERATION_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["update_file"])


def check_apply_patch_update_file_operation_param_type(value: str) -> ApplyPatchUpdateFileOperationParamType:
    """Return ``value`` typed as ApplyPatchUpdateFileOperationParamType; an unlisted value passes through."""
    return cast(ApplyPatchUpdateFileOperationParamType, value)
