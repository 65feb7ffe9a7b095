# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputImage`` and the types its fields name."""

from vectorstores_raw.models import ImageDetail, PromptCacheBreakpointConfig, ResponseInputImage, ResponseInputImageType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheBreakpoint = PromptCacheBreakpointConfig

__all__ = [
    "ImageDetail",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointConfig",
    "ResponseInputImage",
    "ResponseInputImageType",
]
