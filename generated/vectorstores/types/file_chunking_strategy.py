# Generated from openapi.yaml by make generate; do not edit.
"""``FileChunkingStrategy``: openai-python's name for ``StaticChunkingStrategyResponseParam | OtherChunkingStrategy``."""

from typing import TypeAlias

from vectorstores_raw.models import OtherChunkingStrategy, StaticChunkingStrategyResponseParam

FileChunkingStrategy: TypeAlias = StaticChunkingStrategyResponseParam | OtherChunkingStrategy

__all__ = ["FileChunkingStrategy"]
