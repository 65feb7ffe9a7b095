# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionShellToolCallOutput`` and the types its fields name."""

from vectorstores_raw.models import (
    DirectToolCallCaller,
    FunctionShellCallOutputStatusEnum,
    ResponseFunctionShellToolCallOutput,
    ResponseFunctionShellToolCallOutputType,
    ShellCallOutputContent,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Output = ShellCallOutputContent

__all__ = [
    "DirectToolCallCaller",
    "FunctionShellCallOutputStatusEnum",
    "Output",
    "ResponseFunctionShellToolCallOutput",
    "ResponseFunctionShellToolCallOutputType",
    "ShellCallOutputContent",
]
