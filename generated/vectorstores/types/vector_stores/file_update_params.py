# Generated from openapi.yaml by make generate; do not edit.
"""``FileUpdateParams``: the parameters of ``client.vector_stores.files.update()``, as plain dicts."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["FileUpdateParams"]


class FileUpdateParams(TypedDict, total=False):
    vector_store_id: Required[str]
    """The ID of the vector store the file belongs to."""
    attributes: Required[dict[str, str | float | bool] | None]
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard. Keys are
    strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters,
    booleans, or numbers.
    """
