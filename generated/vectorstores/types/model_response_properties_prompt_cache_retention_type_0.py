# Generated from openapi.yaml by make generate; do not edit.
"""``ModelResponsePropertiesPromptCacheRetentionType0``."""

from vectorstores_raw.models import ModelResponsePropertiesPromptCacheRetentionType0

__all__ = [
    "ModelResponsePropertiesPromptCacheRetentionType0",
]
