# Generated from openapi.yaml by make generate; do not edit.
"""``StaticChunkingStrategyRequestParamType``."""

from vectorstores_raw.models import StaticChunkingStrategyRequestParamType

__all__ = [
    "StaticChunkingStrategyRequestParamType",
]
