# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionShellCallItemParam`` and the types its fields name."""

from vectorstores_raw.models import (
    DirectToolCallCallerParam,
    FunctionShellCallItemParam,
    FunctionShellCallItemParamType,
    LocalEnvironment,
    ShellAction,
    ShellCallStatus,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Action = ShellAction

__all__ = [
    "Action",
    "DirectToolCallCallerParam",
    "FunctionShellCallItemParam",
    "FunctionShellCallItemParamType",
    "LocalEnvironment",
    "ShellAction",
    "ShellCallStatus",
]
