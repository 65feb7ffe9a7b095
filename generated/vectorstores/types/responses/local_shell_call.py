# Generated from openapi.yaml by make generate; do not edit.
"""``LocalShellCall`` and the types its fields name."""

from vectorstores_raw.models import LocalShellCall, LocalShellCallStatus, LocalShellCallType, LocalShellExecAction

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Action = LocalShellExecAction

__all__ = [
    "Action",
    "LocalShellCall",
    "LocalShellCallStatus",
    "LocalShellCallType",
    "LocalShellExecAction",
]
