# Generated from openapi.yaml by make generate; do not edit.
"""``OtherFileChunkingStrategyObject``: openai-python's name for ``OtherChunkingStrategy``."""

from typing import TypeAlias

from vectorstores_raw.models import OtherChunkingStrategy

__all__ = ["OtherFileChunkingStrategyObject"]

OtherFileChunkingStrategyObject: TypeAlias = OtherChunkingStrategy
