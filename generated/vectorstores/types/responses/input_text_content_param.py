# Generated from openapi.yaml by make generate; do not edit.
"""``InputTextContentParam`` and the types its fields name."""

from vectorstores_raw.models import InputTextContentParam, InputTextContentParamType, PromptCacheBreakpointParam

# openai-python's names for the objects of fields.
PromptCacheBreakpoint = PromptCacheBreakpointParam

__all__ = [
    "InputTextContentParam",
    "InputTextContentParamType",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointParam",
]
