# Generated from openapi.yaml by make generate; do not edit.
"""``StaticFileChunkingStrategy``: openai-python's name for ``StaticChunkingStrategy``."""

from typing import TypeAlias

from vectorstores_raw.models import StaticChunkingStrategy

__all__ = ["StaticFileChunkingStrategy"]

StaticFileChunkingStrategy: TypeAlias = StaticChunkingStrategy
