# Generated from openapi.yaml by make generate; do not edit.
"""``StaticFileChunkingStrategyParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["StaticFileChunkingStrategyParam"]


class StaticFileChunkingStrategyParam(TypedDict, total=False):
    chunk_overlap_tokens: Required[int]
    max_chunk_size_tokens: Required[int]
