# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputFileContent`` and the types its fields name."""

from vectorstores_raw.models import (
    FileDetailEnum,
    PromptCacheBreakpointParam,
    ResponseInputFileContent,
    ResponseInputFileContentType,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheBreakpoint = PromptCacheBreakpointParam

__all__ = [
    "FileDetailEnum",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointParam",
    "ResponseInputFileContent",
    "ResponseInputFileContentType",
]
