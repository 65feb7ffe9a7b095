# Generated from openapi.yaml by make generate; do not edit.
"""``InputTextContent`` and the types its fields name."""

from vectorstores_raw.models import InputTextContent, InputTextContentType, PromptCacheBreakpointConfig

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheBreakpoint = PromptCacheBreakpointConfig

__all__ = [
    "InputTextContent",
    "InputTextContentType",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointConfig",
]
