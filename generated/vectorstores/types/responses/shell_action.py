# Generated from openapi.yaml by make generate; do not edit.
"""``ShellAction``."""

from vectorstores_raw.models import ShellAction

__all__ = [
    "ShellAction",
]
