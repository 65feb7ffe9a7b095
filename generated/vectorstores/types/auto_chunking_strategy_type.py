# Generated from openapi.yaml by make generate; do not edit.
"""``AutoChunkingStrategyType``."""

from vectorstores_raw.models import AutoChunkingStrategyType

__all__ = [
    "AutoChunkingStrategyType",
]
