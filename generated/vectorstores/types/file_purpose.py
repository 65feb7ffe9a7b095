# Generated from openapi.yaml by make generate; do not edit.
"""``FilePurpose``: openai-python's name for ``CreateFileRequestPurpose``."""

from vectorstores_raw.models import CreateFileRequestPurpose as FilePurpose

__all__ = ["FilePurpose"]
