# Generated from openapi.yaml by make generate; do not edit.
"""``OtherChunkingStrategy`` and the types its fields name."""

from vectorstores_raw.models import OtherChunkingStrategy, OtherChunkingStrategyType

__all__ = [
    "OtherChunkingStrategy",
    "OtherChunkingStrategyType",
]
