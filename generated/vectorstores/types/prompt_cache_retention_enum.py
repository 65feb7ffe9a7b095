# Generated from openapi.yaml by make generate; do not edit.
"""``PromptCacheRetentionEnum``."""

from vectorstores_raw.models import PromptCacheRetentionEnum

__all__ = [
    "PromptCacheRetentionEnum",
]
