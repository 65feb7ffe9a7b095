# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputFile`` and the types its fields name."""

from vectorstores_raw.models import (
    FileInputDetail,
    PromptCacheBreakpointConfig,
    ResponseInputFile,
    ResponseInputFileType,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheBreakpoint = PromptCacheBreakpointConfig

__all__ = [
    "FileInputDetail",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointConfig",
    "ResponseInputFile",
    "ResponseInputFileType",
]
