# Generated from openapi.yaml by make generate; do not edit.
"""``CreateFileRequest`` and the types its fields name."""

from vectorstores_raw.models import CreateFileRequest, CreateFileRequestPurpose, FileExpirationPolicy

__all__ = [
    "CreateFileRequest",
    "CreateFileRequestPurpose",
    "FileExpirationPolicy",
]
