# Generated from openapi.yaml by make generate; do not edit.
"""``ShellToolCallOutputType``."""

from vectorstores_raw.models import ShellToolCallOutputType

__all__ = [
    "ShellToolCallOutputType",
]
