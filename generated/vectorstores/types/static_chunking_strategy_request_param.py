# Generated from openapi.yaml by make generate; do not edit.
"""``StaticChunkingStrategyRequestParam`` and the types its fields name."""

from vectorstores_raw.models import (
    StaticChunkingStrategy,
    StaticChunkingStrategyRequestParam,
    StaticChunkingStrategyRequestParamType,
)

__all__ = [
    "StaticChunkingStrategy",
    "StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyRequestParamType",
]
