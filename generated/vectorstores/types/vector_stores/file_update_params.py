# Generated from openapi.yaml by make generate; do not edit.
"""``FileUpdateParams``: the parameters of ``client.vector_stores.files.update()``, as plain dicts."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["FileUpdateParams"]


class FileUpdateParams(TypedDict, total=False):
    vector_store_id: Required[str]
    attributes: Required[dict[str, str | float | bool] | None]
