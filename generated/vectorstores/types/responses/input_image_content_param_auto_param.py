# Generated from openapi.yaml by make generate; do not edit.
"""``InputImageContentParamAutoParam`` and the types its fields name."""

from vectorstores_raw.models import (
    DetailEnum,
    InputImageContentParamAutoParam,
    InputImageContentParamAutoParamType,
    PromptCacheBreakpointParam,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheBreakpoint = PromptCacheBreakpointParam

__all__ = [
    "DetailEnum",
    "InputImageContentParamAutoParam",
    "InputImageContentParamAutoParamType",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointParam",
]
