# Generated from openapi.yaml by make generate; do not edit.
"""``ModelResponseProperties`` and the types its fields name."""

from vectorstores_raw.models import ModelResponseProperties, ModelResponsePropertiesPromptCacheRetentionType0

__all__ = [
    "ModelResponseProperties",
    "ModelResponsePropertiesPromptCacheRetentionType0",
]
