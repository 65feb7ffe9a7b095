# Generated from openapi.yaml by make generate; do not edit.
"""``LocalShellExecActionType``."""

from vectorstores_raw.models import LocalShellExecActionType

__all__ = [
    "LocalShellExecActionType",
]
