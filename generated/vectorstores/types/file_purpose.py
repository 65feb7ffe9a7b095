# Generated from openapi.yaml by make generate; do not edit.
"""``FilePurpose``: openai-python's name for ``CreateFileRequestPurpose``."""

from typing import TypeAlias

from vectorstores_raw.models import CreateFileRequestPurpose

__all__ = ["FilePurpose"]

FilePurpose: TypeAlias = CreateFileRequestPurpose
