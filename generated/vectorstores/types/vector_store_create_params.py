# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreCreateParams`` and the request types it nests: the parameters of ``client.vector_stores.create()``, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr
from vectorstores.types.file_chunking_strategy_param import FileChunkingStrategyParam

__all__ = ["VectorStoreCreateParams", "ExpiresAfter"]


class VectorStoreCreateParams(TypedDict, total=False):
    chunking_strategy: FileChunkingStrategyParam
    description: str
    expires_after: ExpiresAfter
    file_ids: SequenceNotStr[str]
    metadata: dict[str, str] | None
    name: str


class ExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["last_active_at"]]
    days: Required[int]
