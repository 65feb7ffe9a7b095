# Generated from openapi.yaml by make generate; do not edit.
"""``CompactResponseMethodPublicBody`` and the types its fields name."""

from vectorstores_raw.models import (
    CompactResponseMethodPublicBody,
    EasyInputMessage,
    ModelIdsSharedType1,
    PromptCacheOptionsParam,
    PromptCacheRetentionEnum,
    ServiceTierEnum,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheOptions = PromptCacheOptionsParam

__all__ = [
    "CompactResponseMethodPublicBody",
    "EasyInputMessage",
    "ModelIdsSharedType1",
    "PromptCacheOptions",
    "PromptCacheOptionsParam",
    "PromptCacheRetentionEnum",
    "ServiceTierEnum",
]
