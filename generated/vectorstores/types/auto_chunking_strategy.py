# Generated from openapi.yaml by make generate; do not edit.
"""``AutoChunkingStrategy`` and the types its fields name."""

from vectorstores_raw.models import AutoChunkingStrategy, AutoChunkingStrategyType

__all__ = [
    "AutoChunkingStrategy",
    "AutoChunkingStrategyType",
]
