# Generated from openapi.yaml by make generate; do not edit.
"""``PromptCacheBreakpointConfig`` and the types its fields name."""

from vectorstores_raw.models import PromptCacheBreakpointConfig, PromptCacheBreakpointConfigMode

__all__ = [
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointConfigMode",
]
