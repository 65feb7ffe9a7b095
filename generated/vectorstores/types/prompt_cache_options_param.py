# Generated from openapi.yaml by make generate; do not edit.
"""``PromptCacheOptionsParam`` and the types its fields name."""

from vectorstores_raw.models import PromptCacheModeEnum, PromptCacheOptionsParam, PromptCacheTTLEnum

__all__ = [
    "PromptCacheModeEnum",
    "PromptCacheOptionsParam",
    "PromptCacheTTLEnum",
]
