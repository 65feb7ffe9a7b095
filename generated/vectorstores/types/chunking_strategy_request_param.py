# Generated from openapi.yaml by make generate; do not edit.
"""``ChunkingStrategyRequestParam``."""

from vectorstores_raw.models import ChunkingStrategyRequestParam

__all__ = [
    "ChunkingStrategyRequestParam",
]
