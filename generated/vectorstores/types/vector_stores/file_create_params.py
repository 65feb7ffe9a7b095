# Generated from openapi.yaml by make generate; do not edit.
"""``FileCreateParams``: the parameters of ``client.vector_stores.files.create()``, as plain dicts."""

from __future__ import annotations

from typing_extensions import Required, TypedDict
from vectorstores.types.file_chunking_strategy_param import FileChunkingStrategyParam

__all__ = ["FileCreateParams"]


class FileCreateParams(TypedDict, total=False):
    file_id: Required[str]
    """A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that
    can access files. For multi-file ingestion, we recommend
    [`file_batches`](/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write
    requests.
    """
    attributes: dict[str, str | float | bool] | None
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard. Keys are
    strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters,
    booleans, or numbers.
    """
    chunking_strategy: FileChunkingStrategyParam
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""
