# Generated from openapi.yaml by make generate; do not edit.
"""``CreateFileRequest`` and the types its fields name."""

from vectorstores_raw.models import CreateFileRequest, CreateFileRequestPurpose, FileExpirationPolicy

# openai-python's names: for the objects of fields, and its own spelling of a type's.
ExpiresAfter = FileExpirationPolicy

__all__ = [
    "CreateFileRequest",
    "CreateFileRequestPurpose",
    "ExpiresAfter",
    "FileExpirationPolicy",
]
