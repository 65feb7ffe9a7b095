# Generated from openapi.yaml by make generate; do not edit.
"""``PromptCacheTTLEnum``."""

from vectorstores_raw.models import PromptCacheTTLEnum

__all__ = [
    "PromptCacheTTLEnum",
]
