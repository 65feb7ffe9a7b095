# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerScreenshot`` and the types its fields name."""

from vectorstores_raw.models import ComputerScreenshot, ComputerScreenshotType, ImageDetail, PromptCacheBreakpointConfig

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheBreakpoint = PromptCacheBreakpointConfig

__all__ = [
    "ComputerScreenshot",
    "ComputerScreenshotType",
    "ImageDetail",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointConfig",
]
