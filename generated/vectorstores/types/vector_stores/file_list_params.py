# Generated from openapi.yaml by make generate; do not edit.
"""``FileListParams``: the parameters of ``client.vector_stores.files.list()``, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

__all__ = ["FileListParams"]


class FileListParams(TypedDict, total=False):
    after: str
    before: str
    filter: Literal["cancelled", "completed", "failed", "in_progress"]
    limit: int
    order: Literal["asc", "desc"]
