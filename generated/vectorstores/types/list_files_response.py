# Generated from openapi.yaml by make generate; do not edit.
"""``ListFilesResponse`` and the types its fields name."""

from vectorstores_raw.models import FileObject, ListFilesResponse

__all__ = [
    "FileObject",
    "ListFilesResponse",
]
