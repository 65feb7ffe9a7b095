# Generated from openapi.yaml by make generate; do not edit.
"""``InputFileContentParam`` and the types its fields name."""

from vectorstores_raw.models import (
    FileDetailEnum,
    InputFileContentParam,
    InputFileContentParamType,
    PromptCacheBreakpointParam,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheBreakpoint = PromptCacheBreakpointParam

__all__ = [
    "FileDetailEnum",
    "InputFileContentParam",
    "InputFileContentParamType",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointParam",
]
