# Generated from openapi.yaml by make generate; do not edit.
"""``LocalShellToolType``."""

from vectorstores_raw.models import LocalShellToolType

__all__ = [
    "LocalShellToolType",
]
