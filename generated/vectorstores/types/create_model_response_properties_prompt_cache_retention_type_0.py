# Generated from openapi.yaml by make generate; do not edit.
"""``CreateModelResponsePropertiesPromptCacheRetentionType0``."""

from vectorstores_raw.models import CreateModelResponsePropertiesPromptCacheRetentionType0

__all__ = [
    "CreateModelResponsePropertiesPromptCacheRetentionType0",
]
