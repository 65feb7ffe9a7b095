# Generated from openapi.yaml by make generate; do not edit.
"""``InputFileContentType``."""

from vectorstores_raw.models import InputFileContentType

__all__ = [
    "InputFileContentType",
]
