# Generated from openapi.yaml by make generate; do not edit.
"""``StaticChunkingStrategyResponseParam`` and the types its fields name."""

from vectorstores_raw.models import (
    StaticChunkingStrategy,
    StaticChunkingStrategyResponseParam,
    StaticChunkingStrategyResponseParamType,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Static = StaticChunkingStrategy

__all__ = [
    "Static",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyResponseParam",
    "StaticChunkingStrategyResponseParamType",
]
