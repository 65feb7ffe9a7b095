# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputImageContent`` and the types its fields name."""

from vectorstores_raw.models import (
    DetailEnum,
    PromptCacheBreakpointParam,
    ResponseInputImageContent,
    ResponseInputImageContentType,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheBreakpoint = PromptCacheBreakpointParam

__all__ = [
    "DetailEnum",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointParam",
    "ResponseInputImageContent",
    "ResponseInputImageContentType",
]
