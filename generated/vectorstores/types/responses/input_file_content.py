# Generated from openapi.yaml by make generate; do not edit.
"""``InputFileContent`` and the types its fields name."""

from vectorstores_raw.models import FileInputDetail, InputFileContent, InputFileContentType, PromptCacheBreakpointConfig

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheBreakpoint = PromptCacheBreakpointConfig

__all__ = [
    "FileInputDetail",
    "InputFileContent",
    "InputFileContentType",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointConfig",
]
