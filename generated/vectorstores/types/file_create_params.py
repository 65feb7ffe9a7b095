# Generated from openapi.yaml by make generate; do not edit.
"""``FileCreateParams`` and the request types it nests: the parameters of ``client.files.create()``, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict
from vectorstores._types import FileTypes

__all__ = ["FileCreateParams", "ExpiresAfter"]


class FileCreateParams(TypedDict, total=False):
    file: Required[FileTypes]
    purpose: Required[Literal["assistants", "batch", "evals", "fine-tune", "user_data", "vision"]]
    expires_after: ExpiresAfter


class ExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["created_at"]]
    seconds: Required[int]
