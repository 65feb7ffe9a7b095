# Generated from openapi.yaml by make generate; do not edit.
"""``StaticChunkingStrategy``, also importable from here, where earlier releases had it."""

from vectorstores_raw.models import StaticChunkingStrategy

__all__ = ["StaticChunkingStrategy"]
