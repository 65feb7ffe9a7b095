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
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if
    `file_ids` is non-empty.
    """
    description: str
    """A description for the vector store. Can be used to describe the vector store's purpose."""
    expires_after: ExpiresAfter
    """The expiration policy for a vector store."""
    file_ids: SequenceNotStr[str]
    """A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like
    `file_search` that can access files.
    """
    metadata: dict[str, str] | None
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
    characters.
    """
    name: str
    """The name of the vector store."""


class ExpiresAfter(TypedDict, total=False):
    """The expiration policy for a vector store."""

    anchor: Required[Literal["last_active_at"]]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`."""
    days: Required[int]
    """The number of days after the anchor time that the vector store will expire."""
