# Generated from openapi.yaml by make generate; do not edit.
"""``PromptCacheBreakpointConfigMode``."""

from vectorstores_raw.models import PromptCacheBreakpointConfigMode

__all__ = [
    "PromptCacheBreakpointConfigMode",
]
