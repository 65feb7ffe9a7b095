# Generated from openapi.yaml by make generate; do not edit.
"""``ShellToolType``."""

from vectorstores_raw.models import ShellToolType

__all__ = [
    "ShellToolType",
]
