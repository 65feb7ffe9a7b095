# Generated from openapi.yaml by make generate; do not edit.
"""``LocalShellCallStatus``."""

from vectorstores_raw.models import LocalShellCallStatus

__all__ = [
    "LocalShellCallStatus",
]
