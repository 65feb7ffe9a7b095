# Generated from openapi.yaml by make generate; do not edit.
"""``StaticChunkingStrategyResponseParam`` and the types its fields name."""

from vectorstores_raw.models import (
    StaticChunkingStrategy,
    StaticChunkingStrategyResponseParam,
    StaticChunkingStrategyResponseParamType,
)

# openai-python's names for the objects of fields.
Static = StaticChunkingStrategy

__all__ = [
    "Static",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyResponseParam",
    "StaticChunkingStrategyResponseParamType",
]
