# Generated from openapi.yaml by make generate; do not edit.
"""The ``ApplyPatchOperation`` union: 3 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParam
    from .apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParam
    from .apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam

__all__ = ["ApplyPatchOperation", "parse_apply_patch_operation"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
ApplyPatchOperation: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "ApplyPatchCreateFileOperationParam",
    "ApplyPatchDeleteFileOperationParam",
    "ApplyPatchUpdateFileOperationParam",
]
"""One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool."""


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParam  # noqa: PLC0415
    from .apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParam  # noqa: PLC0415
    from .apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam  # noqa: PLC0415

    return discriminated_parser(
        "type",
        {
            "create_file": ApplyPatchCreateFileOperationParam,
            "delete_file": ApplyPatchDeleteFileOperationParam,
            "update_file": ApplyPatchUpdateFileOperationParam,
        },
    )


def parse_apply_patch_operation(data: Any) -> ApplyPatchOperation:
    """One ``ApplyPatchOperation`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
