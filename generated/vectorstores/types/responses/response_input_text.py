# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputText`` and the types its fields name."""

from vectorstores_raw.models import PromptCacheBreakpointConfig, ResponseInputText, ResponseInputTextType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheBreakpoint = PromptCacheBreakpointConfig

__all__ = [
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointConfig",
    "ResponseInputText",
    "ResponseInputTextType",
]
