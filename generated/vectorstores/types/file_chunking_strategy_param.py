# Generated from openapi.yaml by make generate; do not edit.
"""``FileChunkingStrategyParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import TypeAlias

from vectorstores.types.auto_file_chunking_strategy_param import AutoFileChunkingStrategyParam
from vectorstores.types.static_file_chunking_strategy_object_param import StaticFileChunkingStrategyObjectParam

__all__ = ["FileChunkingStrategyParam"]

FileChunkingStrategyParam: TypeAlias = AutoFileChunkingStrategyParam | StaticFileChunkingStrategyObjectParam
