# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreUpdateParams`` and the request types it nests: the parameters of ``client.vector_stores.update()``, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["VectorStoreUpdateParams", "ExpiresAfter"]


class VectorStoreUpdateParams(TypedDict, total=False):
    expires_after: ExpiresAfter | None
    """The expiration policy for a vector store."""
    metadata: dict[str, str] | None
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
    characters.
    """
    name: str | None
    """The name of the vector store."""


class ExpiresAfter(TypedDict, total=False):
    """The expiration policy for a vector store."""

    anchor: Required[Literal["last_active_at"]]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`."""
    days: Required[int]
    """The number of days after the anchor time that the vector store will expire."""
