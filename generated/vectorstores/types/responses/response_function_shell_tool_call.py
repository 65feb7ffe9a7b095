# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionShellToolCall`` and the types its fields name."""

from vectorstores_raw.models import (
    DirectToolCallCaller,
    FunctionShellCallStatus,
    ResponseFunctionShellToolCall,
    ResponseFunctionShellToolCallType,
    ResponseLocalEnvironment,
    ShellExecAction,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Action = ShellExecAction

__all__ = [
    "Action",
    "DirectToolCallCaller",
    "FunctionShellCallStatus",
    "ResponseFunctionShellToolCall",
    "ResponseFunctionShellToolCallType",
    "ResponseLocalEnvironment",
    "ShellExecAction",
]
