# Generated from openapi.yaml by make generate; do not edit.
"""``LocalShellCallOutput`` and the types its fields name."""

from vectorstores_raw.models import LocalShellCallOutput, LocalShellCallOutputStatusType0, LocalShellCallOutputType

__all__ = [
    "LocalShellCallOutput",
    "LocalShellCallOutputStatusType0",
    "LocalShellCallOutputType",
]
