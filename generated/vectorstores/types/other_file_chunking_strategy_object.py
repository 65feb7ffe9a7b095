# Generated from openapi.yaml by make generate; do not edit.
"""``OtherFileChunkingStrategyObject``: openai-python's name for ``OtherChunkingStrategy``."""

from vectorstores_raw.models import OtherChunkingStrategy as OtherFileChunkingStrategyObject

__all__ = ["OtherFileChunkingStrategyObject"]
