# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreUpdateParams`` and the request types it nests: the parameters of ``client.vector_stores.update()``, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["VectorStoreUpdateParams", "ExpiresAfter"]


class VectorStoreUpdateParams(TypedDict, total=False):
    expires_after: ExpiresAfter | None
    metadata: dict[str, str] | None
    name: str | None


class ExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["last_active_at"]]
    days: Required[int]
