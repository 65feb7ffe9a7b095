# Generated from openapi.yaml by make generate; do not edit.
"""``CreateModelResponseProperties`` and the types its fields name."""

from vectorstores_raw.models import (
    CreateModelResponseProperties,
    CreateModelResponsePropertiesPromptCacheRetentionType0,
    PromptCacheOptionsParam,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
PromptCacheOptions = PromptCacheOptionsParam

__all__ = [
    "CreateModelResponseProperties",
    "CreateModelResponsePropertiesPromptCacheRetentionType0",
    "PromptCacheOptions",
    "PromptCacheOptionsParam",
]
