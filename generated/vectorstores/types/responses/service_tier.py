# Generated from openapi.yaml by make generate; do not edit.
"""``ServiceTier``: openai-python's name for ``ServiceTierEnum | None``."""

from typing import TypeAlias

from vectorstores_raw.models import ServiceTierEnum

ServiceTier: TypeAlias = ServiceTierEnum | None

__all__ = ["ServiceTier"]
