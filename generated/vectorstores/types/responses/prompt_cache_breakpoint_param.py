# Generated from openapi.yaml by make generate; do not edit.
"""``PromptCacheBreakpointParam`` and the types its fields name."""

from vectorstores_raw.models import PromptCacheBreakpointParam, PromptCacheBreakpointParamMode

__all__ = [
    "PromptCacheBreakpointParam",
    "PromptCacheBreakpointParamMode",
]
