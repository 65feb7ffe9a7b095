# Generated from openapi.yaml by make generate; do not edit.
"""``LocalShellExecAction`` and the types its fields name."""

from vectorstores_raw.models import LocalShellExecAction, LocalShellExecActionType

__all__ = [
    "LocalShellExecAction",
    "LocalShellExecActionType",
]
