# Generated from openapi.yaml by make generate; do not edit.
"""``StaticFileChunkingStrategy``: openai-python's name for ``StaticChunkingStrategy``."""

from vectorstores_raw.models import StaticChunkingStrategy as StaticFileChunkingStrategy

__all__ = ["StaticFileChunkingStrategy"]
