# Generated from openapi.yaml by make generate; do not edit.
"""``StaticChunkingStrategy``, also importable from this module."""

from vectorstores_raw.models import StaticChunkingStrategy

__all__ = ["StaticChunkingStrategy"]
