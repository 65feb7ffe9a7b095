# Generated from openapi.yaml by make generate; do not edit.
"""``ShellCallStatus``."""

from vectorstores_raw.models import ShellCallStatus

__all__ = [
    "ShellCallStatus",
]
