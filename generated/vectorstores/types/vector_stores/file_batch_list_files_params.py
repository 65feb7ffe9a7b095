# Generated from openapi.yaml by make generate; do not edit.
"""``FileBatchListFilesParams``: the parameters of ``client.vector_stores.file_batches.list_files()``, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["FileBatchListFilesParams"]


class FileBatchListFilesParams(TypedDict, total=False):
    vector_store_id: Required[str]
    after: str
    before: str
    filter: Literal["cancelled", "completed", "failed", "in_progress"]
    limit: int
    order: Literal["asc", "desc"]
