# Generated from openapi.yaml by make generate; do not edit.
"""``FileBatchCreateParams`` and the request types it nests: the parameters of ``client.vector_stores.file_batches.create()``, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr
from vectorstores.types.file_chunking_strategy_param import FileChunkingStrategyParam

__all__ = ["FileBatchCreateParams", "File"]


class FileBatchCreateParams(TypedDict, total=False):
    attributes: dict[str, str | float | bool] | None
    chunking_strategy: FileChunkingStrategyParam
    file_ids: SequenceNotStr[str]
    files: Iterable[File]


class File(TypedDict, total=False):
    file_id: Required[str]
    attributes: dict[str, str | float | bool] | None
    chunking_strategy: FileChunkingStrategyParam
