# Generated from openapi.yaml by make generate; do not edit.
"""``ResponsePromptCacheRetentionType0``."""

from vectorstores_raw.models import ResponsePromptCacheRetentionType0

__all__ = [
    "ResponsePromptCacheRetentionType0",
]
