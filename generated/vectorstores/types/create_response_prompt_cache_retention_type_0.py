# Generated from openapi.yaml by make generate; do not edit.
"""``CreateResponsePromptCacheRetentionType0``."""

from vectorstores_raw.models import CreateResponsePromptCacheRetentionType0

__all__ = [
    "CreateResponsePromptCacheRetentionType0",
]
