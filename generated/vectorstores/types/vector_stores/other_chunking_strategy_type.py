# Generated from openapi.yaml by make generate; do not edit.
"""``OtherChunkingStrategyType``."""

from vectorstores_raw.models import OtherChunkingStrategyType

__all__ = [
    "OtherChunkingStrategyType",
]
