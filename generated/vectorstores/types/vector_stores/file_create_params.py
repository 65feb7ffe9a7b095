# Generated from openapi.yaml by make generate; do not edit.
"""``FileCreateParams``: the parameters of ``client.vector_stores.files.create()``, as plain dicts."""

from __future__ import annotations

from typing_extensions import Required, TypedDict
from vectorstores.types.file_chunking_strategy_param import FileChunkingStrategyParam

__all__ = ["FileCreateParams"]


class FileCreateParams(TypedDict, total=False):
    file_id: Required[str]
    attributes: dict[str, str | float | bool] | None
    chunking_strategy: FileChunkingStrategyParam
