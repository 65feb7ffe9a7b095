# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreListParams``: the parameters of ``client.vector_stores.list()``, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

__all__ = ["VectorStoreListParams"]


class VectorStoreListParams(TypedDict, total=False):
    after: str
    before: str
    limit: int
    order: Literal["asc", "desc"]
