# Generated from openapi.yaml by make generate; do not edit.
"""``ShellCallOutputType``."""

from vectorstores_raw.models import ShellCallOutputType

__all__ = [
    "ShellCallOutputType",
]
