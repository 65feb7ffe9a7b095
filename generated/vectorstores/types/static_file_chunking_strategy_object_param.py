# Generated from openapi.yaml by make generate; do not edit.
"""``StaticFileChunkingStrategyObjectParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict
from vectorstores.types.static_file_chunking_strategy_param import StaticFileChunkingStrategyParam

__all__ = ["StaticFileChunkingStrategyObjectParam"]


class StaticFileChunkingStrategyObjectParam(TypedDict, total=False):
    """Customize your own chunking strategy by setting chunk size and chunk overlap."""

    static: Required[StaticFileChunkingStrategyParam]
    type: Required[Literal["static"]]
    """Always `static`."""
