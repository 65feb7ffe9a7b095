# Generated from openapi.yaml by make generate; do not edit.
"""``AutoFileChunkingStrategyParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["AutoFileChunkingStrategyParam"]


class AutoFileChunkingStrategyParam(TypedDict, total=False):
    """The default strategy. This strategy currently uses a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens`
    of `400`.
    """

    type: Required[Literal["auto"]]
    """Always `auto`."""
