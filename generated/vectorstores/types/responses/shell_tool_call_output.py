# Generated from openapi.yaml by make generate; do not edit.
"""``ShellToolCallOutput`` and the types its fields name."""

from vectorstores_raw.models import (
    DirectToolCallCallerParam,
    ResponseFunctionShellCallOutputContent,
    ShellCallStatus,
    ShellToolCallOutput,
    ShellToolCallOutputType,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Output = ResponseFunctionShellCallOutputContent

__all__ = [
    "DirectToolCallCallerParam",
    "Output",
    "ResponseFunctionShellCallOutputContent",
    "ShellCallStatus",
    "ShellToolCallOutput",
    "ShellToolCallOutputType",
]
