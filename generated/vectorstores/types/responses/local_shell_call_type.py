# Generated from openapi.yaml by make generate; do not edit.
"""``LocalShellCallType``."""

from vectorstores_raw.models import LocalShellCallType

__all__ = [
    "LocalShellCallType",
]
