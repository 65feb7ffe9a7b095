# Generated from openapi.yaml by make generate; do not edit.
"""``ListFilesResponse`` and the types its fields name."""

from vectorstores_raw.models import FileObject, ListFilesResponse

# openai-python's names: for the objects of fields, and its own spelling of a type's.
Data = FileObject

__all__ = [
    "Data",
    "FileObject",
    "ListFilesResponse",
]
