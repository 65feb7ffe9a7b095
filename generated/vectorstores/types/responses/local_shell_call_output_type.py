# Generated from openapi.yaml by make generate; do not edit.
"""``LocalShellCallOutputType``."""

from vectorstores_raw.models import LocalShellCallOutputType

__all__ = [
    "LocalShellCallOutputType",
]
