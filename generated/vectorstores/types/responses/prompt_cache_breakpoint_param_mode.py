# Generated from openapi.yaml by make generate; do not edit.
"""``PromptCacheBreakpointParamMode``."""

from vectorstores_raw.models import PromptCacheBreakpointParamMode

__all__ = [
    "PromptCacheBreakpointParamMode",
]
