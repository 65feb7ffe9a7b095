# Generated from openapi.yaml by make generate; do not edit.
"""``PromptCacheModeEnum``."""

from vectorstores_raw.models import PromptCacheModeEnum

__all__ = [
    "PromptCacheModeEnum",
]
