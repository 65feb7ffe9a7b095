# Generated from openapi.yaml by make generate; do not edit.
"""``LocalShellCallOutputStatusType0``."""

from vectorstores_raw.models import LocalShellCallOutputStatusType0

__all__ = [
    "LocalShellCallOutputStatusType0",
]
