# Generated from openapi.yaml by make generate; do not edit.
"""``ShellExecAction``."""

from vectorstores_raw.models import ShellExecAction

__all__ = [
    "ShellExecAction",
]
