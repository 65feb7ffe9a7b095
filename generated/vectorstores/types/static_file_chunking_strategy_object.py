# Generated from openapi.yaml by make generate; do not edit.
"""``StaticFileChunkingStrategyObject``: openai-python's name for ``StaticChunkingStrategyResponseParam``."""

from vectorstores_raw.models import StaticChunkingStrategyResponseParam as StaticFileChunkingStrategyObject

__all__ = ["StaticFileChunkingStrategyObject"]
