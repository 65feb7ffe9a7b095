# Generated from openapi.yaml by make generate; do not edit.
"""``StaticFileChunkingStrategyObject``: openai-python's name for ``StaticChunkingStrategyResponseParam``."""

from typing import TypeAlias

from vectorstores_raw.models import StaticChunkingStrategyResponseParam

__all__ = ["StaticFileChunkingStrategyObject"]

StaticFileChunkingStrategyObject: TypeAlias = StaticChunkingStrategyResponseParam
