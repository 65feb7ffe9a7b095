# Generated from openapi.yaml by make generate; do not edit.
"""``StaticChunkingStrategyResponseParamType``."""

from vectorstores_raw.models import StaticChunkingStrategyResponseParamType

__all__ = [
    "StaticChunkingStrategyResponseParamType",
]
