# Generated from openapi.yaml by make generate; do not edit.
"""``StaticChunkingStrategyRequestParam`` and the types its fields name."""

from vectorstores_raw.models import (
    StaticChunkingStrategy,
    StaticChunkingStrategyRequestParam,
    StaticChunkingStrategyRequestParamType,
)

# openai-python's names for the objects of fields.
Static = StaticChunkingStrategy

__all__ = [
    "Static",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyRequestParamType",
]
