# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputTextContent`` and the types its fields name."""

from vectorstores_raw.models import PromptCacheBreakpointParam, ResponseInputTextContent, ResponseInputTextContentType

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheBreakpoint = PromptCacheBreakpointParam

__all__ = [
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointParam",
    "ResponseInputTextContent",
    "ResponseInputTextContentType",
]
