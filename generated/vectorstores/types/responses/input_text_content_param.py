# Generated from openapi.yaml by make generate; do not edit.
"""``InputTextContentParam`` and the types its fields name."""

from vectorstores_raw.models import InputTextContentParam, InputTextContentParamType, PromptCacheBreakpointParam

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheBreakpoint = PromptCacheBreakpointParam

__all__ = [
    "InputTextContentParam",
    "InputTextContentParamType",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointParam",
]
