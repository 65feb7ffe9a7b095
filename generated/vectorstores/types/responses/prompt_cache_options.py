# Generated from openapi.yaml by make generate; do not edit.
"""``PromptCacheOptions`` and the types its fields name."""

from vectorstores_raw.models import PromptCacheModeEnum, PromptCacheOptions, PromptCacheTTLEnum

__all__ = [
    "PromptCacheModeEnum",
    "PromptCacheOptions",
    "PromptCacheTTLEnum",
]
