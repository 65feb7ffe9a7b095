# Generated from openapi.yaml by make generate; do not edit.
"""``StaticChunkingStrategyRequestParam`` and the types its fields name."""

from vectorstores_raw.models import (
    StaticChunkingStrategy,
    StaticChunkingStrategyRequestParam,
    StaticChunkingStrategyRequestParamType,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Static = StaticChunkingStrategy

__all__ = [
    "Static",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyRequestParamType",
]
