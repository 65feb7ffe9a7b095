# Generated from openapi.yaml by make generate; do not edit.
"""``StaticChunkingStrategyResponseParam`` and the types its fields name."""

from vectorstores_raw.models import (
    StaticChunkingStrategy,
    StaticChunkingStrategyResponseParam,
    StaticChunkingStrategyResponseParamType,
)

__all__ = [
    "StaticChunkingStrategy",
    "StaticChunkingStrategyResponseParam",
    "StaticChunkingStrategyResponseParamType",
]
